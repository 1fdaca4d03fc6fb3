package dev.exemplar.docsite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Ships the files the site's pages were made from inside the site ({@code source/}, at
 * their repository paths), so that its source links work on any static host; only when no
 * repository URL is set.
 */
final class SourceCopy {

	static final String FOLDER = "source";

	private SourceCopy() {
	}

	static void into(Path site, SiteSettings settings) throws IOException {
		Path to = site.resolve(FOLDER);
		Path specsRoot = settings.specs().specsRoot();
		String specs = settings.repositoryPath(specsRoot);
		if (!specs.startsWith("..")) {
			FileCopy.tree(specsRoot, to.resolve(specs));
		}
		Path sources = settings.sources().folder();
		FileCopy.tree(sources, to.resolve(settings.repositoryPath(sources)), file -> file.toString().endsWith(".adoc"));
		if (Files.isRegularFile(settings.contract())) {
			FileCopy.file(settings.contract(), to.resolve(settings.repositoryPath(settings.contract())));
		}
	}

}
