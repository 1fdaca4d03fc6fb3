package dev.exemplar.databases;

import java.security.SecureRandom;
import java.util.Base64;

import org.postgresql.util.PasswordUtil;

/**
 * Passwords of users' roles: 256 bits from a secure random source, in URL-safe Base64 (so
 * that they stand in a connection URI as they are). The tenant server is sent only their
 * SCRAM-SHA-256 verifier, so a password is in no statement, and so in no server log; the
 * service keeps neither.
 */
final class Passwords {

	private static final SecureRandom RANDOM = new SecureRandom();

	private Passwords() {
	}

	static String next() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/**
	 * {@code SCRAM-SHA-256$4096:<salt>$<StoredKey>:<ServerKey>}, as PostgreSQL stores it
	 * (PgJDBC's helper, RFC 5802/7677).
	 */
	static String verifier(String password) {
		return PasswordUtil.encodeScramSha256(password.toCharArray());
	}

}
