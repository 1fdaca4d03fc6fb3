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
 * Turns a spec's AsciiDoc into the XHTML Concordion reads. Asciidoctor runs on JRuby, whose start takes seconds:
 * it is begun in the background when the engine starts, and shared by every spec. Specs named in advance are
 * converted in the background too, while the service starts, so that their run only reads the result.
 * {@link SourceLineRoles} marks the source lines (registered through AsciidoctorJ's extension SPI).
 */
public final class AsciiDocConverter implements SpecificationConverter {

    private static final CompletableFuture<Asciidoctor> ASCIIDOCTOR = CompletableFuture.supplyAsync(AsciiDocConverter::start);

    /** Conversions begun ahead of their spec's run; each is taken once (a later run converts afresh). */
    private static final Map<Path, CompletableFuture<String>> AHEAD = new ConcurrentHashMap<>();

    private final Path file;

    /** @param file the spec; its folder is where its {@code include::} directives are resolved */
    public AsciiDocConverter(Path file) {
        this.file = file.toAbsolutePath().normalize();
    }

    /**
     * Starts Asciidoctor, then converts these specs in the background, one after another: call it before starting
     * the service, so that both happen while the service starts.
     */
    public static void convertAhead(List<Path> files) {
        CompletableFuture<?> previous = ASCIIDOCTOR;
        for (Path spec : files) {
            AsciiDocConverter converter = new AsciiDocConverter(spec);
            CompletableFuture<String> conversion = previous.thenApplyAsync(ignored -> converter.convert(read(converter.file)));
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
        return ASCIIDOCTOR.join().convert(source, options)
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
    private static Asciidoctor start() {
        return Asciidoctor.Factory.create();
    }
}
