package dev.exemplar.docsite;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Element;

/**
 * A page for each spec that did not run in this build ({@code -Dspec=feed/latest.adoc}
 * runs one), rendered from its source: the spec as written, each example marked as not
 * run, so that a run of some specs still makes a whole site whose every link resolves.
 */
final class NotRunSpecPages {

	static final String NOTE = "not-run-note";

	private NotRunSpecPages() {
	}

	static List<Page> build(SiteSettings settings, AsciidocRenderer asciidoc, Map<String, Object> attributes,
			SiteMap siteMap) {
		List<Page> pages = new ArrayList<>();
		for (SiteMap.Chapter chapter : siteMap.chapters()) {
			for (SiteMap.SpecEntry spec : chapter.specs()) {
				if (!spec.ran()) {
					String source = spec.path().substring(0, spec.path().length() - ".html".length()) + ".adoc";
					AsciidocRenderer.Rendered rendered = asciidoc.render(settings.specs().source(source), attributes);
					pages.add(new Page(spec.path(), rendered.title(), marked(rendered.body()), spec.sourcePath(),
							"spec-page"));
				}
			}
		}
		return pages;
	}

	private static Element marked(Element body) {
		body.prependElement("p")
			.addClass(NOTE)
			.text("Not run in this build: this page shows the spec as written. The build ran only some specs, "
					+ "and none of the examples below was executed.");
		for (Element heading : body.select("h2")) {
			heading.appendElement("span")
				.addClass(StatusMarks.BADGE)
				.addClass("status-" + SiteMap.SpecEntry.NOT_RUN)
				.text("not run in this build");
		}
		return body;
	}

}
