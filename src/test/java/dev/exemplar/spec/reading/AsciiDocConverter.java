package dev.exemplar.spec.reading;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.concordion.api.SpecificationConverter;

/**
 * Turns a spec's AsciiDoc into the XHTML Concordion reads. A spec converted before, unchanged, is read back from
 * {@link ConvertedSpecs}. Asciidoctor runs on JRuby, whose start takes seconds: it is begun in the background the
 * first time a spec needs converting, and shared by every spec. Specs named in advance are converted in the
 * background too, while the service starts, so that their run only reads the result. {@link SourceLineRoles} marks
 * the source lines (registered through AsciidoctorJ's extension SPI).
 */
public final class AsciiDocConverter implements SpecificationConverter {

    /** Started by the first spec that needs converting; none when every spec was converted before. */
    private static CompletableFuture<Asciidoctor> asciidoctor;

    /** Conversions begun ahead of their spec's run; each is taken once (a later run converts afresh). */
    private static final Map<Path, CompletableFuture<String>> AHEAD = new ConcurrentHashMap<>();

    private final Path file;
    private final ConvertedSpecs converted;

    /**
     * @param file the spec; its folder is where its {@code include::} directives are resolved
     * @param cache where conversions are kept between runs
     */
    public AsciiDocConverter(Path file, Path cache) {
        this.file = file.toAbsolutePath().normalize();
        this.converted = new ConvertedSpecs(cache);
    }

    /**
     * Converts the specs not converted before in the background, one after another, once Asciidoctor has started:
     * call it before starting the service, so that both happen while the service starts.
     */
    public static void convertAhead(List<Path> files, Path cache) {
        CompletableFuture<?> previous = null;
        for (Path spec : files) {
            AsciiDocConverter converter = new AsciiDocConverter(spec, cache);
            String source;
            try {
                source = read(converter.file);
            }
            catch (UncheckedIOException e) {
                AHEAD.put(converter.file, CompletableFuture.failedFuture(e)); // its run says why it cannot be read
                continue;
            }
            if (converter.converted.has(source)) {
                continue;
            }
            previous = previous == null ? asciidoctor() : previous;
            CompletableFuture<String> conversion = previous.thenApplyAsync(ignored -> converter.convert(source));
            AHEAD.put(converter.file, conversion);
            previous = conversion.handle((xhtml, failure) -> null);
        }
    }

    @Override
    public InputStream convert(InputStream input, String specificationName) throws IOException {
        CompletableFuture<String> ahead = AHEAD.remove(file);
        String xhtml;
        try {
            xhtml = ahead != null ? ahead.join() : convert(new String(input.readAllBytes(), StandardCharsets.UTF_8));
        }
        catch (CompletionException e) {
            throw new IOException(e.getCause().getMessage(), e.getCause());
        }
        return new ByteArrayInputStream(xhtml.getBytes(StandardCharsets.UTF_8));
    }

    private String convert(String source) {
        return converted.convert(source, this::convertAfresh);
    }

    private String convertAfresh(String source) {
        Options options = Options.builder()
                .backend("xhtml5")
                .standalone(true)
                .safe(SafeMode.SAFE)
                .sourcemap(true)
                .baseDir(file.getParent().toFile())
                .attributes(Attributes.builder()
                        .attribute("webfonts!")
                        .attribute("reproducible")
                        .attribute("nofooter")
                        .attribute("idprefix", "")
                        .attribute("idseparator", "-")
                        .attribute("table-caption!")
                        .attribute("sectanchors")
                        .build())
                .build();
        return asciidoctor().join().convert(source, options)
                // Concordion finds head and body only outside a namespace (and would add a second head)
                .replace(" xmlns=\"http://www.w3.org/1999/xhtml\"", "");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        }
        catch (CharacterCodingException e) {
            throw new UncheckedIOException("it is not UTF-8 text", e);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e.toString(), e);
        }
    }

    /** The extensions come through AsciidoctorJ's SPI: see {@link SpecExtensionRegistry}. */
    private static synchronized CompletableFuture<Asciidoctor> asciidoctor() {
        if (asciidoctor == null) {
            asciidoctor = CompletableFuture.supplyAsync(Asciidoctor.Factory::create);
        }
        return asciidoctor;
    }
}
