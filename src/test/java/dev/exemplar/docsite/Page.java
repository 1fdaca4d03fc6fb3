package dev.exemplar.docsite;

import org.jsoup.nodes.Element;

/**
 * One page of the site before it is laid out.
 *
 * @param path where it lands in the site, relative, with forward slashes
 * ({@code feed/latest.html})
 * @param title its title (also the h1)
 * @param content its body, without the site's header, navigation or footer
 * @param sourcePath the repository path of the file it was made from
 * ({@code specs/feed/latest.adoc}), or null
 * @param kind what sort of page, as a CSS class on the body ({@code spec-page},
 * {@code doc-page}, ...)
 */
public record Page(String path, String title, Element content, String sourcePath, String kind) {

	/** The relative prefix from this page to the site's root: "" or "../" per folder. */
	public String toRoot() {
		return toRoot(path);
	}

	/** The relative prefix from a page at this path to the site's root. */
	static String toRoot(String path) {
		return "../".repeat((int) path.chars().filter(c -> c == '/').count());
	}
}
