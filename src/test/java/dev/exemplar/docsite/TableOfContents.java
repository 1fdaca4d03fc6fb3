package dev.exemplar.docsite;

import java.util.HashSet;
import java.util.Set;

import org.jsoup.nodes.Element;

import dev.exemplar.spec.results.PageMarkup;

/**
 * The "on this page" list: the page's h2 to h4 headings, each with an id (given one when
 * it has none).
 */
final class TableOfContents {

	private TableOfContents() {
	}

	static Element of(Page page) {
		Set<String> ids = new HashSet<>();
		page.content().select("[id]").forEach(element -> ids.add(element.id()));
		Element toc = new Element("nav").addClass("page-toc").attr("aria-label", "On this page");
		toc.appendElement("div").addClass("toc-title").text("On this page");
		Element list = toc.appendElement("ul");
		for (Element heading : page.content().select("h2, h3, h4")) {
			if (heading.closest(".page-toc, .no-toc") != null) {
				continue;
			}
			Element example = heading.parent() != null && heading.parent().hasClass(PageMarkup.EXAMPLE)
					? heading.parent() : null;
			String target = example != null ? ExampleMarker.anchorOf(example) : heading.id();
			if (target.isEmpty()) {
				target = unique(Anchors.slug(heading.text()), ids);
				heading.id(target);
			}
			Element item = list.appendElement("li").addClass("toc-" + heading.tagName());
			Element link = item.appendElement("a").attr("href", "#" + target);
			Element badge = heading.selectFirst("." + StatusMarks.BADGE);
			if (badge != null) {
				link.appendChild(StatusMarks.dot(badge.attr("data-status")));
			}
			link.appendText(headingText(heading));
		}
		return toc;
	}

	/**
	 * A heading's words, without the marks the site added to it (permanent link, status
	 * badge).
	 */
	static String headingText(Element heading) {
		Element copy = heading.clone();
		copy.select(".example-anchor, ." + StatusMarks.BADGE + ", a.anchor").remove();
		return copy.text();
	}

	private static String unique(String base, Set<String> ids) {
		String id = base;
		for (int n = 2; ids.contains(id); n++) {
			id = base + "-" + n;
		}
		ids.add(id);
		return id;
	}

}
