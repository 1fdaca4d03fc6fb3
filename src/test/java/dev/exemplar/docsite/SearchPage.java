package dev.exemplar.docsite;

import org.jsoup.nodes.Element;

/** The search page: the query box and a place for results; lunr and the site's search script do the rest. */
final class SearchPage {

    static final String PATH = "search.html";

    private SearchPage() {
    }

    static Page build() {
        Element content = new Element("div").addClass("search no-toc");
        Element form = content.appendElement("form").addClass("search-form").attr("action", PATH).attr("method", "get")
                .attr("role", "search");
        form.appendElement("input").attr("type", "search").attr("name", "q").attr("id", "search-query")
                .attr("aria-label", "Search the docs").attr("placeholder", "e.g. newest tweets first");
        form.appendElement("button").attr("type", "submit").text("Search");
        content.appendElement("p").addClass("search-status").attr("id", "search-status").attr("aria-live", "polite")
                .text("Type words to find: every word must appear (a word's other forms count too).");
        content.appendElement("ol").addClass("search-results").attr("id", "search-results");
        content.appendElement("noscript").text("Search needs JavaScript; the chapters in the menu list every page.");
        content.appendElement("script").attr("src", "assets/lunr.min.js");
        content.appendElement("script").attr("src", "assets/search-index.js");
        content.appendElement("script").attr("src", "assets/search.js");
        return new Page(PATH, "Search", content, null, "search-page");
    }
}
