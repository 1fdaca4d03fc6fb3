package dev.exemplar.spec.reading;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.asciidoctor.log.LogHandler;

/**
 * The specs of one run, converted to the XHTML Concordion reads: each run holds its own,
 * so that two runs in one JVM never take each other's. A spec converted before, unchanged
 * and without mistakes, is read back from {@link ConvertedSpecs}; the others are
 * converted by {@link JvmAsciidoctor}. Specs named in advance are converted in the
 * background, while the service starts, so that their run only reads the result.
 */
public final class SpecConversions {

	private final ConvertedSpecs converted;

	/**
	 * Conversions begun ahead of their spec's run; each is taken once (a later read
	 * converts afresh).
	 */
	private final Map<Path, CompletableFuture<Conversion>> ahead = new ConcurrentHashMap<>();

	/**
	 * The kept conversion of each spec found converted before, by spec: read when the
	 * spec runs, so that its text is hashed once a run. A spec edited meanwhile runs as
	 * it was when the run began, as one converted ahead does.
	 */
	private final Map<Path, Path> kept = new ConcurrentHashMap<>();

	/**
	 * @param cache where conversions are kept between runs (see
	 * SpecLayout#conversionCache)
	 */
	public SpecConversions(Path cache) {
		this.converted = new ConvertedSpecs(cache);
	}

	/**
	 * The converter Concordion reads the spec through.
	 * @param file the spec, as messages name it (relative to the working directory); its
	 * folder is where its {@code include::} directives are resolved
	 */
	public AsciiDocConverter converter(Path file) {
		return new AsciiDocConverter(file, this);
	}

	/**
	 * Converts the specs not converted before in the background, one after another, once
	 * Asciidoctor has started, and notes where the others' conversions are kept: call it
	 * before starting the service, so that the conversions happen while the service
	 * starts.
	 */
	public void convertAhead(List<Path> files) {
		CompletableFuture<?> previous = null;
		for (Path spec : files) {
			Path file = absolute(spec);
			String name = nameOf(spec);
			String source;
			try {
				source = read(file, name);
			}
			catch (RuntimeException e) {
				kept.remove(file);
				ahead.put(file, CompletableFuture.failedFuture(e)); // its run says why it
																	// cannot be read
				continue;
			}
			Optional<Path> keptFile = converted.keptFile(source);
			if (keptFile.isPresent()) {
				ahead.remove(file);
				kept.put(file, keptFile.get());
				continue;
			}
			previous = previous == null ? JvmAsciidoctor.start() : previous;
			CompletableFuture<Conversion> conversion = previous.thenApplyAsync(ignored -> convert(file, name, source));
			kept.remove(file);
			ahead.put(file, conversion);
			previous = conversion.handle((xhtml, failure) -> null);
		}
	}

	/** The conversion begun ahead for the spec, taken once; none when none was. */
	Optional<CompletableFuture<Conversion>> takeAhead(Path file) {
		CompletableFuture<Conversion> conversion = ahead.remove(file);
		Path keptFile = kept.remove(file);
		if (conversion != null) {
			return Optional.of(conversion);
		}
		return Optional.ofNullable(keptFile)
			.flatMap(ConvertedSpecs::read)
			.map(xhtml -> CompletableFuture.completedFuture(new Conversion(xhtml, List.of())));
	}

	/**
	 * The spec's source converted, read back when it was kept before; kept when it has no
	 * mistakes.
	 */
	Conversion convert(Path file, String name, String source) {
		Optional<String> keptXhtml = converted.kept(source);
		if (keptXhtml.isPresent()) {
			return new Conversion(keptXhtml.get(), List.of()); // only conversions
																// without mistakes are
																// kept
		}
		Conversion fresh = convertAfresh(file, name, source);
		if (fresh.mistakes().isEmpty()) {
			converted.keep(source, fresh.xhtml());
		}
		return fresh;
	}

	private Conversion convertAfresh(Path file, String name, String source) {
		Options options = Options.builder()
			.backend("xhtml5")
			.standalone(true)
			.safe(SafeMode.SAFE)
			.sourcemap(true)
			.baseDir(file.getParent().toFile())
			.attributes(Attributes.builder()
				// Asciidoctor's cursors (and so its warnings) name the spec's file, not
				// <stdin>
				.attribute("docfile", file.toString())
				.attribute("webfonts!")
				.attribute("reproducible")
				.attribute("nofooter")
				.attribute("idprefix", "")
				.attribute("idseparator", "-")
				.attribute("table-caption!")
				.attribute("sectanchors")
				.build())
			.build();
		AsciiDocWarnings warnings = new AsciiDocWarnings(name);
		LogHandler log = warnings::add;
		String xhtml = JvmAsciidoctor.convert(source, options, log)
			// Concordion finds head and body only outside a namespace (and would add a
			// second head)
			.replace(" xmlns=\"http://www.w3.org/1999/xhtml\"", "");
		List<String> mistakes = new ArrayList<>(warnings.all());
		mistakes.addAll(TableRows.mistakes(source, name));
		return new Conversion(xhtml, List.copyOf(mistakes));
	}

	static Path absolute(Path spec) {
		return spec.toAbsolutePath().normalize();
	}

	static String nameOf(Path spec) {
		return spec.toString().replace('\\', '/');
	}

	private static String read(Path file, String name) {
		try {
			return SpecText.decode(Files.readAllBytes(file), name);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e.toString(), e);
		}
	}

	/**
	 * A spec's XHTML, and what Asciidoctor warned of while converting it (none when it
	 * was read back).
	 */
	record Conversion(String xhtml, List<String> mistakes) {
	}

}
