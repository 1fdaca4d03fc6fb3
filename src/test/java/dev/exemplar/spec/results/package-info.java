/**
 * The spec engine's results: what one run of the specs did, in types the engine writes
 * and the documentation site reads. Nothing else passes between the two.
 *
 * <h2>{@code results.json}, format 2</h2> Written by
 * {@link dev.exemplar.spec.results.ResultsFile} (and only by it) next to the executed
 * pages, at {@link dev.exemplar.spec.results.SpecLayout#resultsFile()}: <pre>
 * {
 *   "format": 2,
 *   "ranAt": "2026-12-06T02:00:00Z",       // when the run ended
 *   "commit": "1a2b3c4d5e6f",              // the commit, stamped by the site into its copy; absent before
 *   "specs": [{
 *     "source": "feed/latest.adoc",        // the spec, relative to the specs root, with '/'
 *     "page": "feed/latest.html",          // its executed page, relative to the output folder
 *     "title": "The latest tweets",        // the document's title (its h1)
 *     "examples": [{
 *       "name": "Newest tweets come first", // the example's heading
 *       "anchor": "_newest_tweets_come_first", // the heading's id on the page
 *       "status": "passed",                // passed | failed | pending | ignored
 *       "exchanges": [{"method": "GET", "path": "/latest?limit=2", "status": 200}],
 *       "listings": [                      // its requests and expected answers, as the spec states them
 *         {"kind": "request", "text": "GET /latest?limit=2"},
 *         {"kind": "expected-answer", "text": "200\n\n[]"}]
 *     }]
 *   }]
 * }
 * </pre> A reader refuses a file whose {@code format} it does not know. A change that
 * only adds fields keeps the number; any other change raises it. Format 1 (no
 * {@code ranAt}, {@code commit} or {@code listings}) is still read: a site compares with
 * it what it can.
 *
 * <h2>The executed pages</h2> The engine marks each example's section and blocks with the
 * class names in {@link dev.exemplar.spec.results.PageMarkup}; the site styles and reads
 * them by those names.
 */
package dev.exemplar.spec.results;
