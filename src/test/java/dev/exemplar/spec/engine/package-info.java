/**
 * The spec engine as a JUnit Platform {@code TestEngine}
 * ({@link dev.exemplar.spec.engine.SpecTestEngine}, engine id {@code specs}): discovery
 * (which selectors name the service's class, its specs, an example), the descriptors (the
 * service's class, a spec, an example) and the run's configuration. Internal: the types
 * JUnit's service loader and the test kit need are public; an adopting service touches
 * only {@code dev.exemplar.spec.api}.
 *
 * <p>
 * The engine's packages and what each may use (nothing in them uses the service's
 * classes):
 * <ul>
 * <li>{@code api} — nothing of ours; {@code results} — nothing of ours (the site reads it
 * too)</li>
 * <li>{@code reading} (AsciiDoc to XHTML, the conventions, finding specs) — results</li>
 * <li>{@code http} (sending requests, the contract, the service's log) — api,
 * reading</li>
 * <li>{@code matching} (expectations, placeholders, captures) — http, reading</li>
 * <li>{@code tables} (rows, the database) — reading</li>
 * <li>{@code pages} (writing and marking the executed page) — results</li>
 * <li>{@code sql} (a spec's SQL blocks: where to connect, running the statements over
 * JDBC, rows and refusals) — reading, matching, tables</li>
 * <li>{@code updating} (rewriting expectations in the spec sources, the diff of a
 * rewrite) — reading, http, matching</li>
 * <li>{@code running} (one spec through Concordion: its commands and state, the clean-up
 * of what a spec created) — api, results, reading, http, matching, tables, pages,
 * updating, sql</li>
 * <li>{@code engine} — all of the above</li>
 * </ul>
 */
package dev.exemplar.spec.engine;
