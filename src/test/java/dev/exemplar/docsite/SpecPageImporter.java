package dev.exemplar.docsite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import dev.exemplar.spec.results.PageMarkup;
import dev.exemplar.spec.results.SpecResult;
import dev.exemplar.spec.results.SuiteResult;

/**
 * Takes the executed spec pages as the engine wrote them (standalone XHTML, marked by
 * Concordion) into the site: their content only (their own stylesheets go, so that they
 * wear the site's one look; their scripts stay), each example marked with its status.
 */
final class SpecPageImporter {

	/** The words above a request's or an expected answer's listing. */
	static final String LISTING_LABEL = "listing-label";

	private SpecPageImporter() {
	}

	/** A page for every spec that ran and whose executed page is there. */
	static List<Page> pages(SiteSettings settings, SuiteResult results) throws IOException {
		List<Page> pages = new ArrayList<>();
		for (SpecResult spec : results.specs()) {
			Optional<Path> executed = executedPage(settings, spec);
			if (executed.isPresent()) {
				Path source = settings.specs().source(spec.source());
				Page page = importPage(executed.get(), spec.page(), spec.title(),
						Files.isRegularFile(source) ? settings.repositoryPath(source) : null);
				ExampleMarker.mark(page, spec);
				ActualAnswers.show(page, spec);
				OutsideExchanges.show(page, spec, settings.title());
				pages.add(page);
			}
		}
		return pages;
	}

	/**
	 * Says in words, above each listing so marked, what it is: a request and its expected
	 * answer look alike.
	 */
	private static void label(Element content, String markup, String text) {
		for (Element listing : content.getElementsByClass(markup)) {
			listing.prependChild(new Element("div").addClass(LISTING_LABEL).text(text));
		}
	}

	static Optional<Path> executedPage(SiteSettings settings, SpecResult spec) {
		Path page = settings.specs().outputDir().resolve(spec.page());
		return Files.isRegularFile(page) ? Optional.of(page) : Optional.empty();
	}

	private static Page importPage(Path executedPage, String sitePath, String title, String sourcePath)
			throws IOException {
		return dressed(Jsoup.parse(executedPage.toFile(), "UTF-8"), sitePath, title, sourcePath);
	}

	/**
	 * A spec's page as the engine marked it, in the site's dress: its content only, each
	 * request and expected answer labelled, each request with its curl command. An
	 * executed page, or one of a spec that did not run ({@link NotRunSpecPages}).
	 */
	static Page dressed(Document document, String sitePath, String title, String sourcePath) {
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
		label(kept, PageMarkup.REQUEST, "Request");
		label(kept, PageMarkup.EXPECTED_ANSWER, "Expected answer");
		CurlCommands.add(kept);
		document.head().select("script").forEach(script -> kept.appendChild(script.clone()));
		return new Page(sitePath, pageTitle, kept, sourcePath, "spec-page");
	}

}
