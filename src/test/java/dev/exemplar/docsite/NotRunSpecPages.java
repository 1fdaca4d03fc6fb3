package dev.exemplar.docsite;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import dev.exemplar.spec.reading.SpecPageNotRun;

/**
 * A page for each spec that did not run in this build ({@code -Dspec=feed/latest.adoc}
 * runs one), so that a run of some specs still makes a whole site whose every link
 * resolves: the spec as a run would begin it ({@link SpecPageNotRun}), dressed as an
 * executed page is (labels, curl commands, anchors; the site highlights both alike), with
 * a note at the top and each example marked as not run, and no result, as none ran.
 */
final class NotRunSpecPages {

	static final String NOTE = "not-run-note";

	private NotRunSpecPages() {
	}

	static List<Page> build(SiteSettings settings, SiteMap siteMap) throws IOException {
		List<Page> pages = new ArrayList<>();
		for (SiteMap.Chapter chapter : siteMap.chapters()) {
			for (SiteMap.SpecEntry spec : chapter.specs()) {
				if (!spec.ran()) {
					pages.add(page(settings, spec));
				}
			}
		}
		return pages;
	}

	private static Page page(SiteSettings settings, SiteMap.SpecEntry spec) throws IOException {
		String source = spec.path().substring(0, spec.path().length() - ".html".length()) + ".adoc";
		Page page;
		try {
			String xhtml = SpecPageNotRun.xhtml(settings.specs().source(source), settings.specs().conversionCache());
			page = SpecPageImporter.dressed(Jsoup.parse(xhtml), spec.path(), spec.title(), spec.sourcePath());
			ExampleMarker.markNotRun(page);
		}
		catch (IOException unreadable) {
			page = new Page(spec.path(), spec.title(), new Element("div").addClass("spec-content"), spec.sourcePath(),
					"spec-page");
			page.content().appendElement("p").text("This spec cannot be read: " + unreadable.getMessage());
		}
		page.content()
			.prependElement("p")
			.addClass(NOTE)
			.text("Not run in this build: this page shows the spec as written. The build ran only some specs, "
					+ "and none of the examples below was executed.");
		return page;
	}

}
