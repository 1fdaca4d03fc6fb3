package dev.exemplar.docsite;

import java.util.List;

import org.jsoup.nodes.Element;

/**
 * A table of specs with their example counts, linked to their pages: on the landing page
 * and each chapter page.
 */
final class SpecsTable {

	private SpecsTable() {
	}

	static Element of(List<SiteMap.Chapter> chapters, String toRoot, boolean withChapter) {
		HtmlTable table = withChapter ? new HtmlTable("Chapter", "Spec", "Passed", "Failed", "Pending")
				: new HtmlTable("Spec", "Passed", "Failed", "Pending");
		for (SiteMap.Chapter chapter : chapters) {
			for (SiteMap.SpecEntry spec : chapter.specs()) {
				Element name = new Element("a").attr("href", toRoot + spec.path())
					.text(spec.ran() ? spec.title() : spec.title() + " (did not run)");
				Element cell = new Element("span").addClass("spec-name");
				cell.appendChild(StatusMarks.dot(spec.worstStatus()));
				cell.appendChild(name);
				Element chapterLink = new Element("a").attr("href", toRoot + chapter.path()).text(chapter.title());
				String passed = spec.ran() ? String.valueOf(spec.tally().passed()) : "–";
				String failed = spec.ran() ? String.valueOf(spec.tally().failed()) : "–";
				String pending = spec.ran() ? String.valueOf(spec.tally().pending()) : "–";
				Element row = withChapter ? table.row(chapterLink, cell, passed, failed, pending)
						: table.row(cell, passed, failed, pending);
				row.addClass("spec-row-" + spec.worstStatus());
			}
		}
		return table.element();
	}

}
