package dev.exemplar.spec.reading;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;

import nu.xom.Builder;
import nu.xom.Document;
import nu.xom.ParsingException;

import dev.exemplar.spec.pages.PageTarget;
import dev.exemplar.spec.results.PageMarkup;

/**
 * A spec's page as a run would begin it, without running it: converted as for a run and
 * read by the same conventions, so that its requests, expected answers and examples carry
 * the marks an executed page has ({@link PageMarkup}), and no status. The site shows it
 * for a spec that a run of some specs left out.
 */
public final class SpecPageNotRun {

	private SpecPageNotRun() {
	}

	/**
	 * The page as a run writes it ({@link PageTarget}), so that it reads as an executed
	 * page does.
	 * @param file the spec
	 * @param conversionCache where runs keep converted specs (see
	 * SpecLayout#conversionCache): a spec converted before is read back
	 * @throws IOException when the spec cannot be read, or is not UTF-8, or its page is
	 * not well-formed (raw HTML in a passthrough block)
	 */
	public static String xhtml(Path file, Path conversionCache) throws IOException {
		Path absolute = SpecConversions.absolute(file);
		String name = SpecConversions.nameOf(file);
		try {
			String source = SpecText.decode(Files.readAllBytes(absolute), name);
			String xhtml = new SpecConversions(conversionCache).convert(absolute, name, source).xhtml();
			Document page = new Builder().build(new StringReader(xhtml));
			new SpecConventions().beforeParsing(page);
			return PageTarget.forBrowsers(page.toXML());
		}
		catch (SpecError mistake) {
			throw new IOException(mistake.getMessage(), mistake); // it names the file
		}
		catch (ParsingException mistake) {
			throw new IOException(name + ": its page is not well-formed: " + mistake.getMessage(), mistake);
		}
	}

}
