package dev.exemplar.docsite;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jsoup.nodes.Element;

import dev.exemplar.spec.results.PageMarkup;
import dev.exemplar.spec.results.SpecResult;
import dev.exemplar.spec.results.SuiteResult;

/**
 * On the spec pages, under the heading of each example that differs from the baseline: a
 * mark ("changed since …", "new since …") linked to its entry on the page of changes.
 */
final class ChangeMarks {

	static final String MARK = "change-mark";

	private ChangeMarks() {
	}

	static void mark(List<Page> specPages, SuiteResult results, Changes changes) {
		Map<String, SpecResult> byPage = results.specs()
			.stream()
			.collect(Collectors.toMap(SpecResult::page, Function.identity(), (first, second) -> first));
		String since = changes.baseline().describe();
		for (Page page : specPages) {
			SpecResult spec = byPage.get(page.path());
			if (spec == null) {
				continue;
			}
			for (Element example : page.content().select("." + PageMarkup.EXAMPLE)) {
				changes.of(spec.source(), ExampleMarker.anchorOf(example)).ifPresent(entry -> {
					Element heading = example.selectFirst("h1, h2, h3, h4, h5, h6");
					Element mark = new Element("p").addClass(MARK);
					mark.appendElement("a")
						.attr("href", page.toRoot() + ChangesPage.PATH + "#" + entry.id())
						.text((entry.kind() == Changes.Kind.ADDED ? "new since " : "changed since ") + since);
					if (heading != null) {
						heading.after(mark);
					}
					else {
						example.prependChild(mark);
					}
				});
			}
		}
	}

}
