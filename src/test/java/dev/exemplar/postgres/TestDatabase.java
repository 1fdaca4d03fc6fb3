package dev.exemplar.postgres;

import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * Which PostgreSQL the tests and {@code spring-boot:test-run} use, in order of
 * preference: the server named by {@code DB_URL}; a Testcontainers {@code postgres:17}
 * when a Docker engine answers; an embedded PostgreSQL otherwise.
 * {@code TEST_DB=external|testcontainers|embedded} forces one.
 */
public enum TestDatabase {

	EXTERNAL, TESTCONTAINERS, EMBEDDED;

	/**
	 * @param settings environment variables or system properties, by name (null when
	 * unset)
	 * @param dockerAvailable asked only when neither TEST_DB nor DB_URL decides
	 */
	static TestDatabase choose(Function<String, String> settings, BooleanSupplier dockerAvailable) {
		String forced = settings.apply("TEST_DB");
		if (forced != null && !forced.isBlank()) {
			try {
				return valueOf(forced.trim().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException e) {
				throw new IllegalStateException(
						"TEST_DB=" + forced + " is not one of external, testcontainers, embedded");
			}
		}
		if (settings.apply("DB_URL") != null) {
			return EXTERNAL;
		}
		return dockerAvailable.getAsBoolean() ? TESTCONTAINERS : EMBEDDED;
	}

	/**
	 * Reads a setting from a system property first (so Maven's -D works), then from the
	 * environment.
	 */
	static String setting(String name) {
		String value = System.getProperty(name);
		return value != null ? value : System.getenv(name);
	}

}
