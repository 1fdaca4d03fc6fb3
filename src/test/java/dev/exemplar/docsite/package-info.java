/**
 * The documentation site's builder: turns what a run of the spec engine wrote (read only
 * through {@link dev.exemplar.spec.results}), the service's OpenAPI contract and its own
 * AsciiDoc pages into one static site. It knows no fact of any service: the service gives
 * them all in one {@link dev.exemplar.docsite.SiteSettings} and runs
 * {@link dev.exemplar.docsite.SiteCommand} from a {@code main} of its own.
 *
 * <p>
 * The build's sequence is {@link dev.exemplar.docsite.SiteBuild}; each kind of page has a
 * class of its own ({@link dev.exemplar.docsite.LandingPage},
 * {@link dev.exemplar.docsite.Chapters}, the imported spec pages, the API reference,
 * coverage, search, and what changed since a baseline run: {@code Changes},
 * {@code ChangesPage}), laid out alike by {@code PageLayout}.
 * {@link dev.exemplar.docsite.SampleSpecs} is public for the service's browser test of
 * its site, which drives Chromium with {@link dev.exemplar.docsite.browser}.
 */
package dev.exemplar.docsite;
