package dev.exemplar.databases;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What a user's database takes of its server's disk, what it may take, and whether it may
 * be written.
 */
record Usage(long sizeBytes, long sizeLimitBytes, State state) {

	enum State {

		WRITABLE, READ_ONLY;

		@JsonValue
		String json() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

	}

	Usage in(State changed) {
		return new Usage(sizeBytes, sizeLimitBytes, changed);
	}

	boolean overLimit() {
		return sizeBytes > sizeLimitBytes;
	}

	/** One database of a page of the size check. */
	record Measured(String name, Usage usage) {
	}
}
