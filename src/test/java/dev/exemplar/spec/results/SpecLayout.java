package dev.exemplar.spec.results;

import java.nio.file.Path;

/**
 * Where specs are read and their results written: the one owner of these paths, for the
 * engine and the site.
 *
 * @param specsRoot the folder of the spec documents ({@code specs})
 * @param outputDir where the engine writes the executed pages and results.json
 * ({@code target/specs})
 */
public record SpecLayout(Path specsRoot, Path outputDir) {

	public static final String RESULTS_FILE = "results.json";

	/** The file that tells what ran. */
	public Path resultsFile() {
		return outputDir.resolve(RESULTS_FILE);
	}

	/**
	 * Where the engine keeps converted specs between runs: beside the output folder,
	 * which the site copies.
	 */
	public Path conversionCache() {
		return outputDir.resolveSibling(outputDir.getFileName() + "-converted");
	}

	/**
	 * The executed page of a spec, relative to the output folder:
	 * {@code feed/latest.adoc} → {@code feed/latest.html}.
	 */
	public static String pageOf(String source) {
		return source.replaceFirst("\\.adoc$", "") + ".html";
	}

	public Path page(String source) {
		return outputDir.resolve(pageOf(source));
	}

	public Path source(String source) {
		return specsRoot.resolve(source);
	}

	/**
	 * How messages name a spec: its path as the author knows it, from the project's
	 * folder ({@code specs/feed/latest.adoc}).
	 */
	public String displayName(String source) {
		return specsRoot.resolve(source).toString().replace('\\', '/');
	}
}
