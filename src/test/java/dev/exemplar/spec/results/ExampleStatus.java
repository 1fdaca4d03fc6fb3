package dev.exemplar.spec.results;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** How an example ended. */
public enum ExampleStatus {

	PASSED, FAILED, PENDING,
	/** Not run: the example needs what this run cannot give it (a database, say). */
	IGNORED;

	/** The word results.json, the page's class names and the site's badges use. */
	@JsonValue
	public String label() {
		return name().toLowerCase(Locale.ROOT);
	}

	@JsonCreator
	public static ExampleStatus ofLabel(String label) {
		for (ExampleStatus status : values()) {
			if (status.label().equals(label)) {
				return status;
			}
		}
		throw new IllegalArgumentException("unknown example status '" + label + "'");
	}

}
