package dev.exemplar.spec.reading;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.concordion.api.Resource;
import org.concordion.api.Source;
import org.concordion.internal.ClassPathSource;

/**
 * Spec files come from the specs folder; Concordion's own resources from the classpath.
 */
public final class SpecSource implements Source {

	private final Path specsRoot;

	private final ClassPathSource classpath = new ClassPathSource();

	public SpecSource(Path specsRoot) {
		this.specsRoot = specsRoot;
	}

	@Override
	public InputStream createInputStream(Resource resource) throws IOException {
		Path file = file(resource);
		return Files.isRegularFile(file) ? Files.newInputStream(file) : classpath.createInputStream(resource);
	}

	@Override
	public boolean canFind(Resource resource) {
		return Files.isRegularFile(file(resource));
	}

	@Override
	public String readAsString(InputStream input) throws IOException {
		return classpath.readAsString(input);
	}

	@Override
	public String readResourceAsString(String path) {
		return classpath.readResourceAsString(path);
	}

	private Path file(Resource resource) {
		return specsRoot.resolve(resource.getPath().replaceFirst("^/", ""));
	}

}
