package dev.exemplar.spec.results;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes and reads results.json, the one file in which the engine tells the site what ran
 * (format: package-info).
 */
public final class ResultsFile {

	/** Raise it for any change that is more than a new field. */
	public static final int FORMAT = 1;

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private ResultsFile() {
	}

	public static void write(Path file, SuiteResult results) throws IOException {
		Files.createDirectories(file.toAbsolutePath().getParent());
		try {
			JSON.writeValue(file.toFile(), new Document(FORMAT, results.specs()));
		}
		catch (JacksonException e) {
			throw new IOException("cannot write " + file + ": " + e.getOriginalMessage(), e);
		}
	}

	/** The results a run wrote, or empty when no run wrote any. */
	public static Optional<SuiteResult> read(Path file) throws IOException {
		if (!Files.isRegularFile(file)) {
			return Optional.empty();
		}
		Document document;
		try {
			document = JSON.readValue(file.toFile(), Document.class);
		}
		catch (JacksonException e) {
			throw new IOException(file + " is not a results file of the spec engine: " + e.getOriginalMessage(), e);
		}
		if (document.format() != FORMAT) {
			throw new IOException(file + " is in format " + document.format() + "; this reader knows format " + FORMAT
					+ ": run the specs again with this version");
		}
		return Optional.of(new SuiteResult(document.specs()));
	}

	/**
	 * The results of a run made in parts ({@code specs.shard}), as one run would have
	 * written them: every spec of every part, in path order. A part that wrote no
	 * results, or a spec in two parts, is an error.
	 */
	public static SuiteResult merge(List<Path> files) throws IOException {
		Map<String, SpecResult> specs = new TreeMap<>();
		for (Path file : files) {
			SuiteResult part = read(file)
				.orElseThrow(() -> new IOException("No results in " + file + ": did that part run?"));
			for (SpecResult spec : part.specs()) {
				if (specs.putIfAbsent(spec.source(), spec) != null) {
					throw new IOException(spec.source() + " ran in more than one part (" + file
							+ " is one): the parts are of different runs");
				}
			}
		}
		return new SuiteResult(List.copyOf(specs.values()));
	}

	/** Reads, and fails unchecked: for callers that cannot go on without the results. */
	public static Optional<SuiteResult> readOrFail(Path file) {
		try {
			return read(file);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private record Document(int format, List<SpecResult> specs) {
	}

}
