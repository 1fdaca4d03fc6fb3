package dev.exemplar.docsite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.jsoup.nodes.Element;

import dev.exemplar.spec.results.SpecLayout;
import dev.exemplar.spec.results.SpecResult;
import dev.exemplar.spec.results.SuiteResult;
import dev.exemplar.spec.results.Tally;

/**
 * The site's chapters: one per folder of the specs root, listing the specs that ran
 * (linked to their pages) and those that did not; each with a page, introduced by its
 * {@link SiteSources#chapterIntroduction introduction}, which may state the chapter's
 * place in the navigation ({@code :nav-order:}) and its specs' order
 * ({@code :spec-order:}): the order a reader learns them in, not the files' names.
 */
final class Chapters {

	private final SiteMap siteMap;

	private final Map<String, AsciidocRenderer.Rendered> introductions;

	private final SiteSettings settings;

	private Chapters(SiteMap siteMap, Map<String, AsciidocRenderer.Rendered> introductions, SiteSettings settings) {
		this.siteMap = siteMap;
		this.introductions = introductions;
		this.settings = settings;
	}

	static Chapters of(SiteSettings settings, SuiteResult results, AsciidocRenderer asciidoc,
			Map<String, Object> attributes) throws IOException {
		List<Path> sourceSpecs = sourceSpecs(settings.specs().specsRoot());
		TreeSet<String> names = new TreeSet<>();
		results.specs().forEach(spec -> names.add(spec.chapter()));
		sourceSpecs.forEach(file -> names.add(chapterOf(settings, file)));
		Map<String, AsciidocRenderer.Rendered> introductions = new LinkedHashMap<>();
		List<Ordered> chapters = new ArrayList<>();
		for (String name : names) {
			String title = name.isEmpty() ? "General" : capitalized(name.substring(name.lastIndexOf('/') + 1));
			Map<String, Object> stated = Map.of();
			Optional<Path> introduction = settings.sources().chapterIntroduction(name);
			if (introduction.isPresent()) {
				AsciidocRenderer.Rendered rendered = asciidoc.render(introduction.get(), attributes);
				introductions.put(name, rendered);
				title = rendered.title();
				stated = rendered.attributes();
			}
			List<SiteMap.SpecEntry> specs = inStatedOrder(specs(settings, results, sourceSpecs, name),
					stated.get("spec-order"));
			chapters.add(new Ordered(
					new SiteMap.Chapter(name, title, name.isEmpty() ? "general.html" : name + "/index.html", specs),
					navOrder(stated.get("nav-order"), name)));
		}
		// a stable sort: chapters of one order stay in the order of their folders' names
		return new Chapters(new SiteMap(
				chapters.stream().sorted(Comparator.comparingInt(Ordered::order)).map(Ordered::chapter).toList()),
				introductions, settings);
	}

	/**
	 * A chapter and the place its introduction gives it ({@code :nav-order:}), last when
	 * it gives none.
	 */
	private record Ordered(SiteMap.Chapter chapter, int order) {
	}

	private static int navOrder(Object order, String chapter) {
		try {
			return order == null ? Integer.MAX_VALUE : Integer.parseInt(order.toString().strip());
		}
		catch (NumberFormatException e) {
			throw new IllegalArgumentException(
					"chapter " + chapter + ": :nav-order: is a whole number, not '" + order + "'", e);
		}
	}

	/**
	 * The specs in the order the chapter's introduction states
	 * ({@code :spec-order: recording, sign-in, errors}: file names without
	 * {@code .adoc}), as a reader learns them; those it does not name after, in the order
	 * they came.
	 */
	private static List<SiteMap.SpecEntry> inStatedOrder(List<SiteMap.SpecEntry> specs, Object order) {
		if (order == null) {
			return specs;
		}
		List<String> stated = Stream.of(order.toString().split(",")).map(String::strip).toList();
		return specs.stream().sorted(Comparator.comparingInt(spec -> {
			String file = spec.sourcePath().substring(spec.sourcePath().lastIndexOf('/') + 1);
			int at = stated.indexOf(file.substring(0, file.length() - ".adoc".length()));
			return at < 0 ? Integer.MAX_VALUE : at;
		})).toList();
	}

	SiteMap siteMap() {
		return siteMap;
	}

	List<Page> pages() {
		return siteMap.chapters().stream().map(this::page).toList();
	}

	private Page page(SiteMap.Chapter chapter) {
		AsciidocRenderer.Rendered intro = introductions.get(chapter.name());
		Element body = intro != null ? intro.body() : new Element("div").addClass("doc-content");
		Element section = body.appendElement("div").addClass("sect1");
		section.appendElement("h2").id("specs-of-this-chapter").text("Specs of this chapter");
		section.appendElement("div")
			.addClass("sectionbody")
			.appendChild(SpecsTable.of(List.of(chapter), Page.toRoot(chapter.path()), false));
		String source = settings.sources()
			.chapterIntroduction(chapter.name())
			.map(settings::repositoryPath)
			.orElse(null);
		return new Page(chapter.path(), chapter.title(), body, source, "chapter-page");
	}

	/**
	 * The chapter's specs that ran, in the order they ran, then those that did not, by
	 * file name.
	 */
	private static List<SiteMap.SpecEntry> specs(SiteSettings settings, SuiteResult results, List<Path> sourceSpecs,
			String chapter) throws IOException {
		List<SiteMap.SpecEntry> specs = new ArrayList<>();
		List<String> ran = new ArrayList<>();
		for (SpecResult spec : results.specs()) {
			if (spec.chapter().equals(chapter) && SpecPageImporter.executedPage(settings, spec).isPresent()) {
				specs.add(new SiteMap.SpecEntry(spec.title(), spec.page(),
						settings.repositoryPath(settings.specs().source(spec.source())), spec.tally(), true));
				ran.add(spec.source());
			}
		}
		for (Path file : sourceSpecs) {
			String source = settings.specs().specsRoot().relativize(file).toString().replace('\\', '/');
			if (chapterOf(settings, file).equals(chapter) && !ran.contains(source)) {
				String fileName = file.getFileName().toString();
				String title = documentTitle(file)
					.orElseGet(() -> capitalized(fileName.substring(0, fileName.length() - ".adoc".length())));
				specs.add(new SiteMap.SpecEntry(title, SpecLayout.pageOf(source), settings.repositoryPath(file),
						Tally.NONE, false));
			}
		}
		return specs;
	}

	/** The spec's title as its source states it: {@code = What a post holds}. */
	private static Optional<String> documentTitle(Path spec) throws IOException {
		try (Stream<String> lines = Files.lines(spec, StandardCharsets.UTF_8)) {
			return lines.filter(line -> line.startsWith("= ")).findFirst().map(line -> line.substring(2).strip());
		}
		catch (UncheckedIOException e) {
			return Optional.empty(); // not UTF-8: its file name stands in
		}
	}

	/**
	 * The spec documents under the root; files whose name starts with '_' are partials,
	 * not specs.
	 */
	private static List<Path> sourceSpecs(Path specsRoot) throws IOException {
		if (!Files.isDirectory(specsRoot)) {
			return List.of();
		}
		try (Stream<Path> files = Files.walk(specsRoot)) {
			return files.filter(file -> file.toString().endsWith(".adoc"))
				.filter(file -> !file.getFileName().toString().startsWith("_"))
				.sorted(Comparator.naturalOrder())
				.toList();
		}
	}

	private static String chapterOf(SiteSettings settings, Path specFile) {
		Path folder = settings.specs().specsRoot().relativize(specFile).getParent();
		return folder == null ? "" : folder.toString().replace('\\', '/');
	}

	private static String capitalized(String name) {
		String words = name.replace('-', ' ').replace('_', ' ');
		return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

}
