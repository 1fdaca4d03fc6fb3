package dev.exemplar.docsite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** Copies folders of files into the site. */
final class FileCopy {

	private FileCopy() {
	}

	static void tree(Path from, Path to) throws IOException {
		tree(from, to, path -> true);
	}

	/**
	 * Copies the files under {@code from} that {@code include} accepts; nothing when
	 * there is no such folder.
	 */
	static void tree(Path from, Path to, Predicate<Path> include) throws IOException {
		if (!Files.isDirectory(from)) {
			return;
		}
		try (Stream<Path> files = Files.walk(from)) {
			files.filter(Files::isRegularFile)
				.filter(include)
				.forEach(file -> file(file, to.resolve(from.relativize(file).toString())));
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
	}

	static void file(Path from, Path to) {
		try {
			Files.createDirectories(to.getParent());
			Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
