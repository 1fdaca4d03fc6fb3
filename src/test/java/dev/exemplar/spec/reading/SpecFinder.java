package dev.exemplar.spec.reading;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Finds the spec files under the specs folder, narrowed by globs (comma-separated). */
public final class SpecFinder {

	private SpecFinder() {
	}

	/**
	 * @return paths relative to the root, with '/' separators, sorted
	 */
	public static List<String> find(Path root, Optional<String> filter) {
		List<PathMatcher> patterns = filter.isEmpty() ? List.of()
				: Arrays.stream(filter.get().split(","))
					.map(String::strip)
					.map(glob -> FileSystems.getDefault().getPathMatcher("glob:" + glob))
					.toList();
		try (Stream<Path> files = Files.walk(root)) {
			return files.filter(file -> file.toString().endsWith(".adoc") && Files.isRegularFile(file))
				.map(root::relativize)
				.filter(file -> patterns.isEmpty() || patterns.stream().anyMatch(p -> selects(p, file)))
				.map(file -> file.toString().replace('\\', '/'))
				.sorted()
				.toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read the specs under " + root, e);
		}
	}

	/**
	 * {@code feed/*}, {@code feed/latest} and {@code feed/latest.adoc} all select
	 * feed/latest.adoc.
	 */
	private static boolean selects(PathMatcher pattern, Path file) {
		return pattern.matches(file) || pattern.matches(Path.of(file.toString().replaceFirst("\\.adoc$", "")));
	}

}
