package dev.exemplar.docsite;

import java.io.IOException;
import java.nio.file.Path;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Takes an executed spec page as the engine wrote it (standalone XHTML, marked by Concordion) and keeps its
 * content only: its own stylesheets go, so that it wears the site's one look; its scripts stay.
 */
final class SpecPageImporter {

    private SpecPageImporter() {
    }

    static Page importPage(Path executedPage, String sitePath, String title, String sourcePath) throws IOException {
        Document document = Jsoup.parse(executedPage.toFile(), "UTF-8");
        document.select("style, link[rel=stylesheet]").remove();
        Element content = document.selectFirst("#content");
        if (content == null) {
            content = document.body();
        }
        Element h1 = document.selectFirst("h1");
        String pageTitle = title != null && !title.isBlank() ? title : h1 != null ? h1.text() : sitePath;
        Element kept = new Element("div").addClass("spec-content");
        Element preamble = document.selectFirst("#header .details");
        if (preamble != null) {
            kept.appendChild(preamble);
        }
        for (Element child : content.children()) {
            if (!child.is("h1")) {
                kept.appendChild(child.clone());
            }
        }
        document.head().select("script").forEach(script -> kept.appendChild(script.clone()));
        return new Page(sitePath, pageTitle, kept, sourcePath, "spec-page");
    }
}
