/**
 * The spec engine's API: all that a service adopting the engine touches. It implements
 * {@link dev.exemplar.spec.api.SpecifiedService} (how it starts, where it answers, its
 * database and log) and sets the {@link dev.exemplar.spec.api.ConfigurationKeys} in its
 * {@code junit-platform.properties}; the engine, a JUnit Platform {@code TestEngine} with
 * the id {@link dev.exemplar.spec.api.SpecEngine#ID}, does the rest. Everything outside
 * this package (and {@code dev.exemplar.spec.results}, the results the engine writes) is
 * internal and may change.
 */
package dev.exemplar.spec.api;
