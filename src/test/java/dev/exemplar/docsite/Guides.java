package dev.exemplar.docsite;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jsoup.nodes.Element;

/**
 * The service's guides ({@link SiteSources#guides()}): plain AsciiDoc pages at
 * {@code guides/<name>.html}, in the navigation (in the order of their
 * {@code :nav-order:} attribute, then of their file names) and the search like every
 * page. A guide links to a spec by the spec's source file, relative to the guide
 * ({@code xref:../../specs/feed/latest.adoc[]}), so that the link works in the repository
 * too; on the site it leads to the spec's executed page, or to its source when the spec
 * did not run. A link to a spec this site does not hold (a typo, or a site of other
 * specs) keeps its text and loses its link, marked {@value #MISSING_SPEC}.
 */
public final class Guides {

	static final String FOLDER = "guides";

	public static final String MISSING_SPEC = "missing-spec-link";

	private Guides() {
	}

	private record Guide(Page page, int order) {
	}

	static List<Page> pages(SiteSettings settings, AsciidocRenderer asciidoc, Map<String, Object> attributes,
			SiteMap siteMap) {
		List<Guide> guides = new ArrayList<>();
		for (Path source : settings.sources().guides()) {
			String name = source.getFileName().toString();
			String path = FOLDER + "/" + name.substring(0, name.length() - ".adoc".length()) + ".html";
			AsciidocRenderer.Rendered rendered = asciidoc.render(source, attributes);
			linkSpecs(settings, siteMap, source, path, rendered.body());
			guides.add(new Guide(
					new Page(path, rendered.title(), rendered.body(), settings.repositoryPath(source), "guide-page"),
					order(rendered)));
		}
		// a stable sort: guides of one order stay in file-name order
		return guides.stream().sorted(Comparator.comparingInt(Guide::order)).map(Guide::page).toList();
	}

	private static int order(AsciidocRenderer.Rendered guide) {
		Object order = guide.attributes().get("nav-order");
		try {
			return order == null ? Integer.MAX_VALUE : Integer.parseInt(order.toString().strip());
		}
		catch (NumberFormatException e) {
			throw new IllegalArgumentException("a guide's :nav-order: is a whole number, not '" + order + "'", e);
		}
	}

	private static void linkSpecs(SiteSettings settings, SiteMap siteMap, Path source, String path, Element body) {
		String toRoot = Page.toRoot(path);
		List<String> missing = new ArrayList<>();
		for (Element link : body.select("a[href]")) {
			String href = link.attr("href");
			if (href.isEmpty() || href.startsWith("#") || href.contains(":")) {
				continue;
			}
			int hash = href.indexOf('#');
			String target = hash < 0 ? href : href.substring(0, hash);
			String fragment = hash < 0 ? "" : href.substring(hash);
			if (!target.endsWith(".html")) {
				continue;
			}
			Path file = source.getParent()
				.resolve(target.substring(0, target.length() - ".html".length()) + ".adoc")
				.normalize();
			if (file.startsWith(settings.sources().folder())) {
				continue; // another page of the site's own: its path in the site is its
							// path among the sources
			}
			Optional<SiteMap.SpecEntry> spec = siteMap.spec(settings.repositoryPath(file));
			if (spec.isEmpty()) {
				missing.add(settings.repositoryPath(file));
				link.tagName("span").removeAttr("href").addClass(MISSING_SPEC);
			}
			else {
				link.attr("href", toRoot + spec.get().path() + fragment);
			}
		}
		if (!missing.isEmpty()) {
			System.err.printf("Guide %s links to specs this site does not hold, shown unlinked: %s%n",
					settings.repositoryPath(source), String.join(", ", missing.stream().distinct().toList()));
		}
	}

}
