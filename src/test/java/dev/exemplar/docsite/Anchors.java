package dev.exemplar.docsite;

import java.text.Normalizer;
import java.util.Locale;

/** Ids for headings that have none: lower case, words joined by '-'. */
final class Anchors {

	private Anchors() {
	}

	static String slug(String text) {
		String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		String slug = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
		return slug.isEmpty() ? "section" : slug;
	}

}
