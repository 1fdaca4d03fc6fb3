package dev.exemplar.spec.reading;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.concordion.api.SpecificationConverter;

/**
 * Turns a spec's AsciiDoc into the XHTML Concordion reads. A spec converted before,
 * unchanged and without mistakes, is read back from {@link ConvertedSpecs}. Asciidoctor
 * runs on JRuby, whose start takes seconds: it is begun in the background the first time
 * a spec needs converting, and shared by every spec. Specs named in advance are converted
 * in the background too, while the service starts, so that their run only reads the
 * result. {@link SourceLineRoles} marks the source lines (registered through
 * AsciidoctorJ's extension SPI). What Asciidoctor warns of while converting a spec (an
 * unclosed block, a missing include) is kept, by the spec's file and line, as a mistake
 * of the spec: see {@link #mistakes()}.
 */
public final class AsciiDocConverter implements SpecificationConverter {

	/**
	 * Started by the first spec that needs converting; none when every spec was converted
	 * before.
	 */
	private static CompletableFuture<Asciidoctor> asciidoctor;

	/**
	 * The warnings of the conversion running on this thread: Asciidoctor logs through one
	 * handler per instance.
	 */
	private static final ThreadLocal<AsciiDocWarnings> WARNINGS = new ThreadLocal<>();

	/**
	 * Conversions begun ahead of their spec's run; each is taken once (a later run
	 * converts afresh).
	 */
	private static final Map<Path, CompletableFuture<Converted>> AHEAD = new ConcurrentHashMap<>();

	/**
	 * The kept conversion of each spec found converted before, by spec: read when the
	 * spec runs, so that its text is hashed once a run. A spec edited meanwhile runs as
	 * it was when the run began, as one converted ahead does.
	 */
	private static final Map<Path, Path> KEPT = new ConcurrentHashMap<>();

	private final Path file;

	private final String name;

	private final ConvertedSpecs converted;

	private List<String> mistakes = List.of();

	/**
	 * @param file the spec, as messages name it (relative to the working directory); its
	 * folder is where its {@code include::} directives are resolved
	 * @param cache where conversions are kept between runs
	 */
	public AsciiDocConverter(Path file, Path cache) {
		this.name = file.toString().replace('\\', '/');
		this.file = file.toAbsolutePath().normalize();
		this.converted = new ConvertedSpecs(cache);
	}

	/**
	 * Converts the specs not converted before in the background, one after another, once
	 * Asciidoctor has started, and notes where the others' conversions are kept: call it
	 * before starting the service, so that the conversions happen while the service
	 * starts.
	 */
	public static void convertAhead(List<Path> files, Path cache) {
		CompletableFuture<?> previous = null;
		for (Path spec : files) {
			AsciiDocConverter converter = new AsciiDocConverter(spec, cache);
			String source;
			try {
				source = converter.read();
			}
			catch (RuntimeException e) {
				KEPT.remove(converter.file);
				AHEAD.put(converter.file, CompletableFuture.failedFuture(e)); // its run
																				// says
																				// why it
																				// cannot
																				// be read
				continue;
			}
			Optional<Path> kept = converter.converted.keptFile(source);
			if (kept.isPresent()) {
				AHEAD.remove(converter.file); // left by an earlier run that stopped
												// before this spec
				KEPT.put(converter.file, kept.get());
				continue;
			}
			previous = previous == null ? asciidoctor() : previous;
			CompletableFuture<Converted> conversion = previous.thenApplyAsync(ignored -> converter.convert(source));
			KEPT.remove(converter.file);
			AHEAD.put(converter.file, conversion);
			previous = conversion.handle((xhtml, failure) -> null);
		}
	}

	@Override
	public InputStream convert(InputStream input, String specificationName) throws IOException {
		CompletableFuture<Converted> ahead = AHEAD.remove(file);
		Path keptFile = KEPT.remove(file);
		Optional<String> kept = ahead == null && keptFile != null ? ConvertedSpecs.read(keptFile) : Optional.empty();
		Converted converted;
		try (input) {
			converted = ahead != null ? ahead.join() : kept.isPresent() ? new Converted(kept.get(), List.of())
					: convert(SpecText.decode(input.readAllBytes(), name));
		}
		catch (CompletionException e) {
			if (e.getCause() instanceof SpecError mistake) {
				throw mistake;
			}
			throw new IOException(e.getCause().getMessage(), e.getCause());
		}
		mistakes = converted.warnings();
		return new ByteArrayInputStream(converted.xhtml().getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * What Asciidoctor warned of while converting the spec, and the rows of its tables
	 * that have too many or too few cells, each as {@code file:line: message};
	 * Asciidoctor goes on past them, but the document is not what its author meant.
	 */
	public List<String> mistakes() {
		return mistakes;
	}

	private Converted convert(String source) {
		Optional<String> kept = converted.kept(source);
		if (kept.isPresent()) {
			return new Converted(kept.get(), List.of()); // only conversions without
															// mistakes are kept
		}
		Converted fresh = convertAfresh(source);
		if (fresh.warnings().isEmpty()) {
			converted.keep(source, fresh.xhtml());
		}
		return fresh;
	}

	private Converted convertAfresh(String source) {
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
		WARNINGS.set(warnings);
		try {
			String xhtml = asciidoctor().join()
				.convert(source, options)
				// Concordion finds head and body only outside a namespace (and would add
				// a second head)
				.replace(" xmlns=\"http://www.w3.org/1999/xhtml\"", "");
			List<String> mistakes = new ArrayList<>(warnings.all());
			mistakes.addAll(TableRows.mistakes(source, name));
			return new Converted(xhtml, List.copyOf(mistakes));
		}
		finally {
			WARNINGS.remove();
		}
	}

	private String read() {
		try {
			return SpecText.decode(Files.readAllBytes(file), name);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e.toString(), e);
		}
	}

	/**
	 * The extensions come through AsciidoctorJ's SPI: see {@link SpecExtensionRegistry}.
	 */
	private static synchronized CompletableFuture<Asciidoctor> asciidoctor() {
		if (asciidoctor == null) {
			asciidoctor = CompletableFuture.supplyAsync(AsciiDocConverter::start);
		}
		return asciidoctor;
	}

	private static Asciidoctor start() {
		Asciidoctor asciidoctor = Asciidoctor.Factory.create();
		asciidoctor.registerLogHandler(record -> {
			AsciiDocWarnings warnings = WARNINGS.get();
			if (warnings != null) {
				warnings.add(record);
			}
		});
		return asciidoctor;
	}

	private record Converted(String xhtml, List<String> warnings) {
	}

}
