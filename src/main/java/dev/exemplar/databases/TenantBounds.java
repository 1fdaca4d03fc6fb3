package dev.exemplar.databases;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * What one user's database may take of a tenant server, and what a server may hold
 * (guides/databases-on-demand.adoc, "Bounds"): connections per database (its role's
 * {@code CONNECTION LIMIT}); the defaults set on its role for {@code statement_timeout},
 * {@code idle_in_transaction_session_timeout}, {@code idle_session_timeout} and
 * {@code temp_file_limit}; how many databases a server holds at most, and how many of its
 * connections no user's role may take (the admin's, the operators'). A server holds no
 * more databases than both allow. And how large a database may grow, checked every
 * {@code sizeCheckInterval} ({@link SizeCheck}).
 */
@ConfigurationProperties("exemplar.databases.bounds")
record TenantBounds(@DefaultValue("5") int connections, @DefaultValue("30s") Duration statementTimeout,
		@DefaultValue("1m") Duration idleInTransactionTimeout, @DefaultValue("10m") Duration idleSessionTimeout,
		@DefaultValue("256MB") DataSize tempFileLimit, @DefaultValue("100") int serverCapacity,
		@DefaultValue("10") int serverKeptConnections, @DefaultValue("256MB") DataSize sizeLimit,
		@DefaultValue("1m") Duration sizeCheckInterval) {

	TenantBounds {
		if (connections < 1 || serverCapacity < 1 || serverKeptConnections < 0) {
			throw new IllegalArgumentException("DATABASES_CONNECTIONS and DATABASES_SERVER_CAPACITY must be at least 1,"
					+ " DATABASES_SERVER_KEPT_CONNECTIONS at least 0");
		}
		for (Duration timeout : new Duration[] { statementTimeout, idleInTransactionTimeout, idleSessionTimeout }) {
			if (timeout.toMillis() < 1) {
				throw new IllegalArgumentException("The databases' timeouts must be at least 1 ms, got " + timeout);
			}
		}
		if (sizeLimit.toBytes() < 1 || sizeCheckInterval.toMillis() < 1) {
			throw new IllegalArgumentException(
					"DATABASES_SIZE_LIMIT and DATABASES_SIZE_CHECK_INTERVAL must be positive");
		}
		if (tempFileLimit.toKilobytes() < 1) {
			throw new IllegalArgumentException("DATABASES_TEMP_FILE_LIMIT must be at least 1kB, got " + tempFileLimit);
		}
	}

	/**
	 * How many databases a server with {@code usable} connections for all roles (max less
	 * reserved) may hold, with a capacity of its own (null: {@link #serverCapacity}).
	 */
	int databasesOn(int usable, Integer capacity) {
		int most = capacity == null ? serverCapacity : capacity;
		return Math.max(0, Math.min(most, (usable - serverKeptConnections) / connections));
	}
}
