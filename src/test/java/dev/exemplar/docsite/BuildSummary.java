package dev.exemplar.docsite;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jsoup.nodes.Element;

/** The landing page's summary: specs, examples passed / failed / pending, when and from which commit. */
final class BuildSummary {

    private BuildSummary() {
    }

    /** The same facts as AsciiDoc attributes, for the site's own pages: {spec-count}, {failed-count}, ... */
    static Map<String, Object> attributes(SpecResults results, BuildStamp stamp) {
        SpecResults.Tally tally = results.tally();
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("spec-count", String.valueOf(results.specs().size()));
        attributes.put("example-count", String.valueOf(tally.total()));
        attributes.put("passed-count", String.valueOf(tally.passed()));
        attributes.put("failed-count", String.valueOf(tally.failed()));
        attributes.put("pending-count", String.valueOf(tally.pending()));
        attributes.put("built-at", stamp.builtAtText());
        attributes.put("commit", stamp.commit());
        attributes.put(results.ran() ? "specs-ran" : "no-specs-ran", "");
        return attributes;
    }

    static Element of(SpecResults results, BuildStamp stamp) {
        SpecResults.Tally tally = results.tally();
        Element summary = new Element("div").addClass("build-summary").id("build-summary");
        if (!results.ran()) {
            summary.addClass("no-specs");
            summary.appendElement("p").addClass("no-specs-ran")
                    .text("No specs ran in this build: there are no executed examples to show. "
                            + "The API reference is complete all the same; ./mvnw verify executes the specs.");
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
