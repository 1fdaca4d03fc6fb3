package dev.exemplar.docsite;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Element;
import tools.jackson.databind.json.JsonMapper;

import dev.exemplar.spec.results.PageMarkup;

/**
 * The search data, made at build time: one entry per section of every page (an example, a
 * heading, a page's introduction). The browser builds its lunr index from it; it is a
 * script, not JSON, so that the site also searches when opened from the file system.
 */
final class SearchIndex {

	private static final int MAX_TEXT = 4000;

	/**
	 * One searchable section: t = its title, p = its page's title, u = its link from the
	 * site root, x = its text.
	 */
	record Entry(String t, String p, String u, String x) {
	}

	private final List<Entry> entries = new ArrayList<>();

	void add(Page page) {
		Element content = page.content();
		String intro = ownText(content);
		entries.add(new Entry(page.title(), page.title(), page.path(), intro));
		for (Element heading : content.select("h2, h3, h4, h5, h6")) {
			Element section = heading.parent();
			if (section == null || section == content) {
				continue;
			}
			String id = section.hasClass(PageMarkup.EXAMPLE) ? ExampleMarker.anchorOf(section) : heading.id();
			entries.add(new Entry(TableOfContents.headingText(heading), page.title(),
					id.isEmpty() ? page.path() : page.path() + "#" + id, ownText(section)));
		}
	}

	/**
	 * The text of an element without the text of its subsections (elements with a heading
	 * of their own).
	 */
	private static String ownText(Element element) {
		Element copy = element.clone();
		for (Element child : new ArrayList<>(copy.select("*"))) {
			if (child != copy && child.parent() != null
					&& child.children().stream().anyMatch(c -> c.is("h2, h3, h4, h5, h6"))) {
				child.remove();
			}
		}
		copy.select("script, style, .example-anchor, ." + StatusMarks.BADGE).remove();
		String text = copy.text();
		return text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
	}

	int size() {
		return entries.size();
	}

	void write(Path file) throws IOException {
		Files.createDirectories(file.getParent());
		String json = JsonMapper.builder().build().writeValueAsString(entries);
		Files.writeString(file, "window.DOCS_SITE_SEARCH_ENTRIES = " + json.replace("</", "<\\/") + ";\n",
				StandardCharsets.UTF_8);
	}

}
