package dev.exemplar.spec.results;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A listing of an example as its spec states it (placeholders unresolved): what a reader
 * compares between two runs.
 *
 * @param kind a request, or the answer it expects
 * @param text the listing's text, as the page shows it
 */
public record Listing(Kind kind, String text) {

	public Listing {
		text = text == null ? "" : text.strip();
	}

	public enum Kind {

		REQUEST, EXPECTED_ANSWER;

		/** The word results.json uses: {@code request}, {@code expected-answer}. */
		@JsonValue
		public String label() {
			return name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

		@JsonCreator
		public static Kind ofLabel(String label) {
			for (Kind kind : values()) {
				if (kind.label().equals(label)) {
					return kind;
				}
			}
			throw new IllegalArgumentException("unknown listing kind '" + label + "'");
		}

	}

}
