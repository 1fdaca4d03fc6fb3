package dev.exemplar.docsite;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * OpenAPI descriptions are CommonMark: rendered by commonmark-java, with raw HTML
 * escaped.
 */
final class Markdown {

	private static final Parser PARSER = Parser.builder().build();

	private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).build();

	private Markdown() {
	}

	static Element render(String markdown) {
		Element div = new Element("div").addClass("markdown");
		if (markdown != null && !markdown.isBlank()) {
			Jsoup.parseBodyFragment(RENDERER.render(PARSER.parse(markdown)))
				.body()
				.childNodesCopy()
				.forEach(div::appendChild);
		}
		return div;
	}

}
