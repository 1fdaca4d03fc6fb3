package dev.exemplar.spec.reading;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.concordion.api.SpecificationConverter;

import dev.exemplar.spec.reading.SpecConversions.Conversion;

/**
 * Turns one spec's AsciiDoc into the XHTML Concordion reads: the conversion its run began
 * ahead, when it did, else one made now (see {@link SpecConversions}).
 * {@link SourceLineRoles} marks the source lines (registered through AsciidoctorJ's
 * extension SPI). What Asciidoctor warns of while converting the spec (an unclosed block,
 * a missing include) is kept, by the spec's file and line, as a mistake of the spec: see
 * {@link #mistakes()}.
 */
public final class AsciiDocConverter implements SpecificationConverter {

	private final Path file;

	private final String name;

	private final SpecConversions conversions;

	private List<String> mistakes = List.of();

	AsciiDocConverter(Path file, SpecConversions conversions) {
		this.name = SpecConversions.nameOf(file);
		this.file = SpecConversions.absolute(file);
		this.conversions = conversions;
	}

	@Override
	public InputStream convert(InputStream input, String specificationName) throws IOException {
		Optional<CompletableFuture<Conversion>> ahead = conversions.takeAhead(file);
		Conversion conversion;
		try (input) {
			conversion = ahead.isPresent() ? ahead.get().join()
					: conversions.convert(file, name, SpecText.decode(input.readAllBytes(), name));
		}
		catch (CompletionException e) {
			if (e.getCause() instanceof SpecError mistake) {
				throw mistake;
			}
			throw new IOException(e.getCause().getMessage(), e.getCause());
		}
		mistakes = conversion.mistakes();
		return new ByteArrayInputStream(conversion.xhtml().getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * What Asciidoctor warned of while converting the spec, and the rows of its tables
	 * that have too many or too few cells, each as {@code file:line: message};
	 * Asciidoctor goes on past them, but the document is not what its author meant.
	 */
	public List<String> mistakes() {
		return mistakes;
	}

}
