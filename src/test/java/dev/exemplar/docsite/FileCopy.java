package dev.exemplar.docsite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.springframework.util.FileSystemUtils;

/**
 * Copies folders into the site: whole ones with Spring's {@link FileSystemUtils}, and
 * nothing when there is no such folder; filtered ones, which it cannot, file by file.
 */
final class FileCopy {

	private FileCopy() {
	}

	static void tree(Path from, Path to) throws IOException {
		if (Files.isDirectory(from)) {
			FileSystemUtils.copyRecursively(from, to);
		}
	}

	/** Copies the files under {@code from} that {@code include} accepts. */
	static void tree(Path from, Path to, Predicate<Path> include) throws IOException {
		if (!Files.isDirectory(from)) {
			return;
		}
		try (Stream<Path> files = Files.find(from, Integer.MAX_VALUE,
				(path, attributes) -> attributes.isRegularFile())) {
			for (Path file : files.filter(include).toList()) {
				file(file, to.resolve(from.relativize(file).toString()));
			}
		}
	}

	static void file(Path from, Path to) throws IOException {
		Files.createDirectories(to.getParent());
		Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
	}

}
