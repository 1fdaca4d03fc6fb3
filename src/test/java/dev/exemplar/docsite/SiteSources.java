package dev.exemplar.docsite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The site's own sources, in one folder: {@code index.adoc} (the landing page; a
 * {@code <div id="build-summary">} in it marks where the build's summary goes),
 * {@code api.adoc} (the API reference's introduction), {@code chapters/<folder>.adoc} (a
 * chapter's introduction: {@code general.adoc} for the specs at the top),
 * {@code guides/<name>.adoc} (pages that run nothing: how to run, operate, adopt,
 * measure; see {@link Guides}), and {@code theme/} (stylesheets and scripts, copied to
 * {@code assets/}). Each is optional.
 */
public record SiteSources(Path folder) {

	public Optional<Path> landingPage() {
		return existing(folder.resolve("index.adoc"));
	}

	public Optional<Path> apiIntroduction() {
		return existing(folder.resolve("api.adoc"));
	}

	/**
	 * The introduction of the chapter of the specs in this folder ("" for the specs root
	 * itself).
	 */
	public Optional<Path> chapterIntroduction(String chapter) {
		return existing(folder.resolve("chapters/" + (chapter.isEmpty() ? "general" : chapter) + ".adoc"));
	}

	/**
	 * The guides, by file name; files whose name starts with '_' are partials, not
	 * guides.
	 */
	public List<Path> guides() {
		Path guides = folder.resolve("guides");
		if (!Files.isDirectory(guides)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(guides)) {
			return files.filter(file -> file.getFileName().toString().endsWith(".adoc"))
				.filter(file -> !file.getFileName().toString().startsWith("_"))
				.sorted()
				.toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot list " + guides, e);
		}
	}

	public Path theme() {
		return folder.resolve("theme");
	}

	private static Optional<Path> existing(Path file) {
		return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
	}
}
