package dev.exemplar.docsite;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jsoup.nodes.Element;

import dev.exemplar.spec.results.SuiteResult;
import dev.exemplar.spec.results.Tally;

/**
 * What the site documents: which specs ran (none when the engine wrote no results), when
 * and from which commit. Shown on the landing page, and given to the site's own pages as
 * AsciiDoc attributes.
 */
record BuildSummary(SuiteResult results, boolean specsRan, BuildStamp stamp) {

	/**
	 * The same facts as AsciiDoc attributes, for the site's own pages: {spec-count},
	 * {failed-count}, ...
	 */
	Map<String, Object> attributes() {
		Tally tally = results.tally();
		Map<String, Object> attributes = new LinkedHashMap<>();
		attributes.put("spec-count", String.valueOf(results.specs().size()));
		attributes.put("example-count", String.valueOf(tally.total()));
		attributes.put("passed-count", String.valueOf(tally.passed()));
		attributes.put("failed-count", String.valueOf(tally.failed()));
		attributes.put("pending-count", String.valueOf(tally.pending()));
		attributes.put("built-at", stamp.builtAtText());
		attributes.put("commit", stamp.commit());
		attributes.put(specsRan ? "specs-ran" : "no-specs-ran", "");
		return attributes;
	}

	/**
	 * The landing page's summary: specs, examples passed / failed / pending, when and
	 * from which commit.
	 */
	Element element() {
		Tally tally = results.tally();
		Element summary = new Element("div").addClass("build-summary").id("build-summary");
		if (!specsRan) {
			summary.addClass("no-specs");
			summary.appendElement("p")
				.addClass("no-specs-ran")
				.text("No specs ran in this build: there are no executed examples to show. "
						+ "The API reference is complete all the same.");
		}
		else {
			summary.addClass(tally.failed() > 0 ? "has-failures" : "all-good");
		}
		Element figures = summary.appendElement("dl").addClass("summary-figures");
		figure(figures, "specs", "Specs", results.specs().size());
		figure(figures, "passed", "Passed", tally.passed());
		figure(figures, "failed", "Failed", tally.failed());
		figure(figures, "pending", "Pending", tally.pending());
		if (tally.ignored() > 0) {
			figure(figures, "ignored", "Not run", tally.ignored());
		}
		Element built = summary.appendElement("p").addClass("summary-build");
		built.appendText("Built " + stamp.builtAtText() + " from commit ");
		built.appendElement("code").text(stamp.commit());
		built.appendText(".");
		return summary;
	}

	private static void figure(Element list, String status, String label, int value) {
		Element group = list.appendElement("div").addClass("figure").addClass("figure-" + status);
		group.appendElement("dt").text(label);
		group.appendElement("dd").attr("data-figure", status).text(String.valueOf(value));
	}
}
