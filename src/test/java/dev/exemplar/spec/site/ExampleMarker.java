package dev.exemplar.spec.site;

import java.util.Map;

import org.jsoup.nodes.Element;

/**
 * Makes every example of a spec page visibly passed, failed or pending, and gives it a permanent anchor link.
 * The engine marks each example's section with {@code spec-example} and {@code spec-<status>}; when a mark is
 * missing, results.json says the status.
 */
final class ExampleMarker {

    private ExampleMarker() {
    }

    static void mark(Page page, SpecResults.Spec spec) {
        Map<String, SpecResults.Example> byAnchor = spec == null ? Map.of() : spec.examplesByAnchor();
        for (Element example : page.content().select(".spec-example")) {
            ExampleStatus status = statusOf(example, byAnchor.get(example.id()));
            example.addClass(status.cssClass());
            Element heading = example.selectFirst("h1, h2, h3, h4, h5, h6");
            if (heading == null) {
                heading = example.prependElement("h3").text(example.id());
            }
            if (example.id().isEmpty()) {
                example.id(Anchors.slug(heading.text()));
            }
            heading.select("a.anchor").remove();
            heading.prependElement("a").addClass("example-anchor").attr("href", "#" + example.id())
                    .attr("title", "Permanent link to this example").attr("aria-label", "Permanent link").text("#");
            heading.appendElement("span").addClass("status-badge").addClass("status-" + status.label())
                    .attr("data-status", status.label()).text(status.label());
            if (status == ExampleStatus.FAILED) {
                example.select("pre.spec-server-log").forEach(log -> {
                    if (log.previousElementSibling() == null || !log.previousElementSibling().hasClass("spec-server-log-title")) {
                        log.before("<div class=\"spec-server-log-title\">Server log for this request</div>");
                    }
                });
            }
        }
    }

    private static ExampleStatus statusOf(Element example, SpecResults.Example result) {
        for (ExampleStatus status : ExampleStatus.values()) {
            if (example.hasClass(status.cssClass())) {
                return status;
            }
        }
        return result != null ? result.outcome() : ExampleStatus.IGNORED;
    }
}
