package dev.exemplar.databases;

import java.security.SecureRandom;
import java.util.regex.Pattern;

/**
 * The names of users' databases and roles on a tenant server: made here, never from user
 * input, all with one prefix so that the start-up sweep knows what is the service's. A
 * database and its role share the name.
 */
final class TenantNames {

	static final String PREFIX = "exdb_";

	private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

	private static final int RANDOM_LENGTH = 16; // 36^16, about 82 bits: a collision is
													// refused by the records' unique keys

	private static final Pattern OURS = Pattern.compile(PREFIX + "[a-z0-9]{" + RANDOM_LENGTH + "}");

	private static final SecureRandom RANDOM = new SecureRandom();

	private TenantNames() {
	}

	static String next() {
		StringBuilder name = new StringBuilder(PREFIX);
		for (int i = 0; i < RANDOM_LENGTH; i++) {
			name.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return name.toString();
	}

	static boolean isOurs(String name) {
		return OURS.matcher(name).matches();
	}

	/**
	 * The name as an SQL identifier; only names this class made get here, so quoting
	 * needs no escaping.
	 */
	static String quoted(String name) {
		if (!isOurs(name)) {
			throw new IllegalArgumentException("Not a name of a user's database: " + name);
		}
		return '"' + name + '"';
	}

}
