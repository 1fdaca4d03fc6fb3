package dev.exemplar.spec;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.asciidoctor.ast.Document;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.Treeprocessor;
import org.concordion.api.SpecificationConverter;

/**
 * Turns a spec's AsciiDoc into the XHTML Concordion reads. Asciidoctor runs on JRuby, whose start takes seconds:
 * it is begun in the background when the engine starts, and shared by every spec.
 */
final class AsciiDocConverter implements SpecificationConverter {

    private static final CompletableFuture<Asciidoctor> ASCIIDOCTOR = CompletableFuture.supplyAsync(AsciiDocConverter::start);

    private final Path baseDir;

    /** @param baseDir where the spec's {@code include::} directives are resolved */
    AsciiDocConverter(Path baseDir) {
        this.baseDir = baseDir.toAbsolutePath();
    }

    /** Begins Asciidoctor's start, if it has not begun yet. */
    static void warmUp() {
        ASCIIDOCTOR.isDone();
    }

    @Override
    public InputStream convert(InputStream input, String specificationName) throws java.io.IOException {
        String source = new String(input.readAllBytes(), StandardCharsets.UTF_8);
        Options options = Options.builder()
                .backend("xhtml5")
                .standalone(true)
                .safe(SafeMode.SAFE)
                .sourcemap(true)
                .baseDir(baseDir.toFile())
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
        String xhtml = ASCIIDOCTOR.join().convert(source, options)
                // Concordion finds head and body only outside a namespace (and would add a second head)
                .replace(" xmlns=\"http://www.w3.org/1999/xhtml\"", "");
        return new ByteArrayInputStream(xhtml.getBytes(StandardCharsets.UTF_8));
    }

    private static Asciidoctor start() {
        Asciidoctor asciidoctor = Asciidoctor.Factory.create();
        asciidoctor.javaExtensionRegistry().treeprocessor(new SourceLineRoles());
        return asciidoctor;
    }

    /** Records each listing's and table's source line as a role, so that errors can name the line. */
    static final class SourceLineRoles extends Treeprocessor {

        @Override
        public Document process(Document document) {
            for (String context : new String[] {":listing", ":table"}) {
                for (StructuralNode block : document.findBy(Map.of("context", context))) {
                    if (block.getSourceLocation() != null) {
                        block.addRole(SpecBlocks.LINE_ROLE + block.getSourceLocation().getLineNumber());
                    }
                }
            }
            return document;
        }
    }
}
