package dev.exemplar.spec.sql;

import java.util.Optional;

import dev.exemplar.spec.matching.Captures;

/**
 * Where a SQL block connects, and as whom: a JDBC URL of PostgreSQL without credentials
 * in it, a user and a password. The password is never shown: see {@link #toString()}.
 */
public record DatabaseAddress(String jdbcUrl, Optional<String> user, Optional<String> password) {

	@Override
	public String toString() {
		return jdbcUrl + user.map(name -> " as " + name).orElse("")
				+ password.map(secret -> " with password " + Captures.MASK).orElse("");
	}
}
