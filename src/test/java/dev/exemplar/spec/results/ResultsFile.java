package dev.exemplar.spec.results;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes and reads results.json, the one file in which the engine tells the site what ran
 * (format: package-info).
 */
public final class ResultsFile {

	/**
	 * Raise it for any change that is more than a new field. 2: each example's listings,
	 * the run's date and commit.
	 */
	public static final int FORMAT = 2;

	/** The oldest format still read (as a baseline to compare with, say). */
	public static final int OLDEST_FORMAT = 1;

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private ResultsFile() {
	}

	public static void write(Path file, SuiteResult results) throws IOException {
		Files.createDirectories(file.toAbsolutePath().getParent());
		try {
			JSON.writeValue(file.toFile(),
					new Document(FORMAT, results.origin().ranAt(), results.origin().commit(), results.specs()));
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
		try (InputStream in = Files.newInputStream(file)) {
			return Optional.of(read(in, file.toString()));
		}
	}

	/**
	 * Reads results from a stream (a file served over HTTP, say), named in messages so.
	 */
	public static SuiteResult read(InputStream in, String name) throws IOException {
		Document document;
		try {
			document = JSON.readValue(in, Document.class);
		}
		catch (JacksonException e) {
			throw new IOException(name + " is not a results file of the spec engine: " + e.getOriginalMessage(), e);
		}
		if (document == null || document.format() < OLDEST_FORMAT || document.format() > FORMAT) {
			throw new IOException(name + " is in format " + (document == null ? "none" : document.format())
					+ "; this reader knows formats " + OLDEST_FORMAT + " to " + FORMAT
					+ ": run the specs again with this version");
		}
		return new SuiteResult(document.specs(), new RunOrigin(document.format(), document.ranAt(), document.commit()));
	}

	/**
	 * The results of a run made in parts ({@code specs.shard}), as one run would have
	 * written them: every spec of every part, in path order. A part that wrote no
	 * results, or a spec in two parts, is an error.
	 */
	public static SuiteResult merge(List<Path> files) throws IOException {
		Map<String, SpecResult> specs = new TreeMap<>();
		RunOrigin last = null;
		for (Path file : files) {
			SuiteResult part = read(file)
				.orElseThrow(() -> new IOException("No results in " + file + ": did that part run?"));
			if (last == null || part.origin().ranAt() != null
					&& (last.ranAt() == null || part.origin().ranAt().isAfter(last.ranAt()))) {
				last = part.origin();
			}
			for (SpecResult spec : part.specs()) {
				if (specs.putIfAbsent(spec.source(), spec) != null) {
					throw new IOException(spec.source() + " ran in more than one part (" + file
							+ " is one): the parts are of different runs");
				}
			}
		}
		return new SuiteResult(List.copyOf(specs.values()), last);
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

	@JsonInclude(JsonInclude.Include.NON_NULL)
	private record Document(int format, Instant ranAt, String commit, List<SpecResult> specs) {
	}

}
