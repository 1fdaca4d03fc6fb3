package dev.exemplar.spec.pages;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The stylesheet of the marks on executed pages, over Asciidoctor's own (spec.css, beside
 * this class).
 */
public final class PageStyle {

	private static final String CSS = read();

	private PageStyle() {
	}

	public static String css() {
		return CSS;
	}

	private static String read() {
		try (InputStream input = PageStyle.class.getResourceAsStream("spec.css")) {
			return new String(input.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
