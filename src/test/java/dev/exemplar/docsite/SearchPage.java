package dev.exemplar.docsite;

import java.util.Locale;

import org.jsoup.nodes.Element;

import dev.exemplar.spec.results.ExampleResult;
import dev.exemplar.spec.results.SuiteResult;

/**
 * The search page: the query box and a place for results; lunr and the site's search
 * script do the rest.
 */
final class SearchPage {

	static final String PATH = "search.html";

	private SearchPage() {
	}

	static Page build(SuiteResult results) {
		Element content = new Element("div").addClass("search no-toc");
		Element form = content.appendElement("form")
			.addClass("search-form")
			.attr("action", PATH)
			.attr("method", "get")
			.attr("role", "search");
		form.appendElement("input")
			.attr("type", "search")
			.attr("name", "q")
			.attr("id", "search-query")
			.attr("aria-label", "Search the docs")
			.attr("placeholder", placeholder(results));
		form.appendElement("button").attr("type", "submit").text("Search");
		content.appendElement("p")
			.addClass("search-status")
			.attr("id", "search-status")
			.attr("aria-live", "polite")
			.text("Type words to find: every word must appear (a word's other forms count too).");
		content.appendElement("ol").addClass("search-results").attr("id", "search-results");
		content.appendElement("noscript").text("Search needs JavaScript; the chapters in the menu list every page.");
		content.appendElement("script").attr("src", "assets/lunr.min.js");
		content.appendElement("script").attr("src", "assets/search-index.js");
		content.appendElement("script").attr("src", "assets/search.js");
		return new Page(PATH, "Search", content, null, "search-page");
	}

	/**
	 * A query the reader could try: the first example's heading, which is sure to be
	 * found.
	 */
	private static String placeholder(SuiteResult results) {
		return results.specs()
			.stream()
			.flatMap(spec -> spec.examples().stream())
			.map(ExampleResult::name)
			.findFirst()
			.map(name -> "e.g. " + name.toLowerCase(Locale.ROOT))
			.orElse("Search the docs");
	}

}
