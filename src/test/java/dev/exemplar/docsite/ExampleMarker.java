package dev.exemplar.docsite;

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
            Element heading = example.selectFirst("h1, h2, h3, h4, h5, h6");
            if (heading == null) {
                heading = example.prependElement("h3").text(example.id());
            }
            String anchor = anchorOf(example);
            if (anchor.isEmpty()) {
                anchor = Anchors.slug(heading.text());
                heading.id(anchor);
            }
            ExampleStatus status = statusOf(example, byAnchor.getOrDefault(anchor, byAnchor.get(example.id())));
            example.addClass(status.cssClass());
            heading.select("a.anchor").remove();
            heading.prependElement("a").addClass("example-anchor").attr("href", "#" + anchor)
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

    /**
     * An example's permanent anchor: its heading's id, which results.json names as "anchor" (the engine gives the
     * section itself the id "example-" + anchor); the section's id when the heading has none.
     */
    static String anchorOf(Element example) {
        Element heading = example.selectFirst("h1, h2, h3, h4, h5, h6");
        return heading != null && !heading.id().isEmpty() ? heading.id() : example.id();
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
