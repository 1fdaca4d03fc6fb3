package dev.exemplar.docsite;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jsoup.nodes.Element;

import dev.exemplar.spec.results.ExampleResult;
import dev.exemplar.spec.results.ExampleStatus;
import dev.exemplar.spec.results.PageMarkup;
import dev.exemplar.spec.results.SpecResult;

/**
 * Makes every example of a spec page visibly passed, failed or pending (or not run, on
 * the page of a spec that did not run), and gives it a permanent anchor link. The engine
 * marks each example's section with {@link PageMarkup#EXAMPLE} and
 * {@link PageMarkup#statusClass}; when a mark is missing, results.json says the status.
 */
final class ExampleMarker {

	/** The site's heading above a failed example's server log. */
	static final String SERVER_LOG_TITLE = PageMarkup.SERVER_LOG + "-title";

	private ExampleMarker() {
	}

	static void mark(Page page, SpecResult spec) {
		Map<String, ExampleResult> byAnchor = spec.examples()
			.stream()
			.collect(Collectors.toMap(ExampleResult::anchor, Function.identity(), (first, second) -> first));
		for (Element example : page.content().select("." + PageMarkup.EXAMPLE)) {
			Element heading = anchored(example);
			ExampleStatus status = statusOf(example, byAnchor.get(anchorOf(example)));
			example.addClass(PageMarkup.statusClass(status));
			heading.appendChild(StatusMarks.badge(status));
			if (status == ExampleStatus.FAILED) {
				example.select("pre." + PageMarkup.SERVER_LOG).forEach(log -> {
					if (log.previousElementSibling() == null
							|| !log.previousElementSibling().hasClass(SERVER_LOG_TITLE)) {
						log.before(new Element("div").addClass(SERVER_LOG_TITLE).text("Server log for this request"));
					}
				});
			}
		}
	}

	/**
	 * Gives every example of a spec that did not run its permanent anchor link, and says
	 * on its heading that it did not run: no status, as nothing ran.
	 */
	static void markNotRun(Page page) {
		for (Element example : page.content().select("." + PageMarkup.EXAMPLE)) {
			anchored(example).appendChild(StatusMarks.notRunBadge());
		}
	}

	/** The example's heading, with a permanent link to the example. */
	private static Element anchored(Element example) {
		Element heading = example.selectFirst("h1, h2, h3, h4, h5, h6");
		if (heading == null) {
			heading = example.prependElement("h3").text(example.id());
		}
		String anchor = anchorOf(example);
		if (anchor.isEmpty()) {
			anchor = Anchors.slug(heading.text());
			heading.id(anchor);
		}
		heading.select("a.anchor").remove();
		heading.prependElement("a")
			.addClass("example-anchor")
			.attr("href", "#" + anchor)
			.attr("title", "Permanent link to this example")
			.attr("aria-label", "Permanent link")
			.text("#");
		return heading;
	}

	/**
	 * An example's permanent anchor: its heading's id, which results.json names as its
	 * anchor (the engine gives the section itself {@link PageMarkup#exampleId}); the
	 * section's id when the heading has none.
	 */
	static String anchorOf(Element example) {
		Element heading = example.selectFirst("h1, h2, h3, h4, h5, h6");
		return heading != null && !heading.id().isEmpty() ? heading.id() : example.id();
	}

	private static ExampleStatus statusOf(Element example, ExampleResult result) {
		for (ExampleStatus status : ExampleStatus.values()) {
			if (example.hasClass(PageMarkup.statusClass(status))) {
				return status;
			}
		}
		return result != null ? result.status() : ExampleStatus.IGNORED;
	}

}
