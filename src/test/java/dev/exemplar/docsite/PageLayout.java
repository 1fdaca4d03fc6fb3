package dev.exemplar.docsite;

import java.util.List;
import java.util.Optional;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Wraps a page in the site's one layout: header with search, chapter navigation, table of
 * contents, footer.
 */
final class PageLayout {

	private static final int FOLD_ABOVE = 30;

	private final SiteSettings settings;

	private final SiteMap siteMap;

	private final List<Page> guides;

	private final BuildStamp stamp;

	/** Whether the site has a page of what changed since a baseline. */
	private final boolean changesPage;

	PageLayout(SiteSettings settings, SiteMap siteMap, List<Page> guides, BuildStamp stamp) {
		this(settings, siteMap, guides, stamp, false);
	}

	PageLayout(SiteSettings settings, SiteMap siteMap, List<Page> guides, BuildStamp stamp, boolean changesPage) {
		this.settings = settings;
		this.siteMap = siteMap;
		this.guides = guides;
		this.stamp = stamp;
		this.changesPage = changesPage;
	}

	Document layOut(Page page) {
		String root = page.toRoot();
		Document document = Document.createShell("");
		document.prependChild(new DocumentType("html", "", ""));
		document.outputSettings().prettyPrint(false);
		document.selectFirst("html").attr("lang", "en");
		Element head = document.head();
		head.appendElement("meta").attr("charset", "utf-8");
		head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
		head.appendElement("title").text(page.title() + " · " + settings.title());
		head.appendElement("link").attr("rel", "stylesheet").attr("href", root + "assets/asciidoctor.css");
		head.appendElement("link").attr("rel", "stylesheet").attr("href", root + "assets/theme.css");
		if (!page.content().getElementsByClass(CurlCommands.CURL).isEmpty()) {
			head.appendElement("script").attr("src", root + "assets/" + SiteAssets.COPY_CURL).attr("defer", true);
		}

		Element body = document.body().addClass(page.kind());
		Element header = body.appendElement("header").addClass("site-header");
		header.appendElement("a").addClass("site-name").attr("href", root + LandingPage.PATH).text(settings.title());
		header.appendElement("a").addClass("nav-jump").attr("href", "#site-nav").text("Chapters");
		Element search = header.appendElement("form")
			.addClass("site-search")
			.attr("role", "search")
			.attr("action", root + SearchPage.PATH)
			.attr("method", "get");
		search.appendElement("input")
			.attr("type", "search")
			.attr("name", "q")
			.attr("placeholder", "Search the docs")
			.attr("aria-label", "Search the docs");

		Element columns = body.appendElement("div").addClass("site-body");
		Element main = columns.appendElement("main").addClass("site-main").attr("id", "main");
		Element toc = TableOfContents.of(page);
		if (page.sourcePath() != null) {
			main.appendElement("div")
				.addClass("page-source")
				.appendElement("a")
				.addClass("source-link")
				.attr("href", sourceHref(page))
				.text(page.sourcePath())
				.before(new TextNode("Source: "));
		}
		main.appendElement("h1").addClass("page-title").text(page.title());
		main.appendChild(page.content());
		// wide tables scroll inside their own box, so that the page itself never scrolls
		// sideways on a phone
		for (Element table : page.content().select("table")) {
			if (table.parent() != null && !table.parent().hasClass("table-scroll")
					&& table.closest("table table") == null) {
				table.wrap("<div class=\"table-scroll\"></div>");
			}
		}
		readingOrder(page).ifPresent(main::appendChild);
		if (!toc.select("li").isEmpty()) {
			columns.appendChild(toc);
		}
		columns.appendChild(navigation(page));

		Element footer = body.appendElement("footer").addClass("site-footer");
		footer.appendText("Built " + stamp.builtAtText() + " from commit ");
		footer.appendElement("code").addClass("build-commit").text(stamp.commit());
		footer.appendText(". Every example on these pages was run against the service in that build.");
		return document;
	}

	/**
	 * On a spec page: the spec before it and the one after it, in the navigation's order
	 * (chapter by chapter), so that a reader goes through the specs as a book; specs that
	 * did not run have no page and are passed over.
	 */
	private Optional<Element> readingOrder(Page page) {
		List<SiteMap.SpecEntry> pages = siteMap.chapters()
			.stream()
			.flatMap(chapter -> chapter.specs().stream())
			.toList();
		int at = pages.stream().map(SiteMap.SpecEntry::path).toList().indexOf(page.path());
		if (at < 0) {
			return Optional.empty();
		}
		Element nav = new Element("nav").addClass("reading-order").attr("aria-label", "Previous and next spec");
		if (at > 0) {
			nav.appendElement("a")
				.addClass("previous")
				.attr("rel", "prev")
				.attr("href", page.toRoot() + pages.get(at - 1).path())
				.text("← " + pages.get(at - 1).title());
		}
		if (at + 1 < pages.size()) {
			nav.appendElement("a")
				.addClass("next")
				.attr("rel", "next")
				.attr("href", page.toRoot() + pages.get(at + 1).path())
				.text(pages.get(at + 1).title() + " →");
		}
		return Optional.of(nav);
	}

	private String sourceHref(Page page) {
		return settings.sourceHref(page.toRoot(), page.sourcePath());
	}

	private Element navigation(Page current) {
		String root = current.toRoot();
		Element nav = new Element("nav").addClass("site-nav").attr("id", "site-nav").attr("aria-label", "Chapters");
		Element list = nav.appendElement("ul");
		link(list, current, LandingPage.PATH, "Overview");
		if (changesPage) {
			link(list, current, ChangesPage.PATH, ChangesPage.TITLE);
		}
		if (!guides.isEmpty()) {
			Element details = list.appendElement("li").addClass("nav-chapter nav-guides").appendElement("details");
			details.attr("open", true);
			details.appendElement("summary").text("Guides");
			Element entries = details.appendElement("ul");
			guides.forEach(guide -> link(entries, current, guide.path(), guide.title()));
		}
		int specCount = siteMap.chapters().stream().mapToInt(chapter -> chapter.specs().size()).sum();
		for (SiteMap.Chapter chapter : siteMap.chapters()) {
			boolean here = current.path().equals(chapter.path())
					|| chapter.specs().stream().anyMatch(spec -> current.path().equals(spec.path()));
			Element item = list.appendElement("li").addClass("nav-chapter");
			// a long list of chapters folds all but the reader's own
			Element details = item.appendElement("details");
			if (here || specCount <= FOLD_ABOVE) {
				details.attr("open", true);
			}
			Element summary = details.appendElement("summary");
			Element chapterLink = summary.appendElement("a").attr("href", chapter.path()).text(chapter.title());
			if (current.path().equals(chapter.path())) {
				chapterLink.attr("aria-current", "page");
			}
			Element specs = details.appendElement("ul");
			for (SiteMap.SpecEntry spec : chapter.specs()) {
				Element entry = link(specs, current, spec.path(), spec.title());
				entry.selectFirst("a").prependChild(StatusMarks.dot(spec.worstStatus()));
			}
		}
		link(list, current, ApiReferencePage.PATH, "API reference");
		link(list, current, CoveragePage.PATH, "API coverage");
		link(list, current, SearchPage.PATH, "Search");
		nav.select("a[href]").forEach(a -> a.attr("href", root + a.attr("href")));
		return nav;
	}

	private static Element link(Element list, Page current, String path, String text) {
		Element item = list.appendElement("li");
		Element a = item.appendElement("a").attr("href", path).text(text);
		if (path.equals(current.path())) {
			a.attr("aria-current", "page");
		}
		return item;
	}

}
