package dev.exemplar.spec.updating;

import java.util.Arrays;
import java.util.Locale;

/**
 * Which expectations a run rewrites in the spec's source ({@code -Dspecs.update=…}): none
 * (CI's mode, the default), those whose answer differs ({@code failed}), those that are
 * empty yet ({@code new}; a listing that states only a status keeps only it), or both
 * ({@code all}).
 */
public enum UpdateMode {

	OFF, FAILED, NEW, ALL;

	/**
	 * @param value the configured value; absent or blank is {@link #OFF}
	 */
	public static UpdateMode parse(String value) {
		if (value == null || value.isBlank()) {
			return OFF;
		}
		return Arrays.stream(values())
			.filter(mode -> mode != OFF && mode.name().equalsIgnoreCase(value.strip()))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("specs.update is '" + value
					+ "'; it is one of all, failed, new" + " (or left out: nothing is rewritten)"));
	}

	public boolean writes() {
		return this != OFF;
	}

	/** Whether a listing that states a body, and differs, is rewritten. */
	boolean rewritesDiffering() {
		return this == FAILED || this == ALL;
	}

	/** Whether an empty listing is given the answer. */
	boolean fillsNew() {
		return this == NEW || this == ALL;
	}

	@Override
	public String toString() {
		return name().toLowerCase(Locale.ROOT);
	}

}
