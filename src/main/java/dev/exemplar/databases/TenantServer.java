package dev.exemplar.databases;

import javax.sql.DataSource;

/**
 * A PostgreSQL server that holds users' databases: {@code admin} connects as a role with
 * {@code CREATEDB} and {@code CREATEROLE}; {@code host} and {@code port} are what clients
 * are told to connect to, and {@code sslmode} (none: the client's default) how, where the
 * server requires TLS; {@code capacity}, how many databases it may hold (null: the
 * bounds' capacity).
 */
public record TenantServer(String name, DataSource admin, String host, int port, String sslmode, Integer capacity) {

	String jdbcUrl(String database) {
		return "jdbc:postgresql://" + hostAndPort() + "/" + database + query();
	}

	/**
	 * A libpq connection URI; with the password only when it is given (the answer that
	 * made it).
	 */
	String uri(String role, String password, String database) {
		return "postgresql://" + role + (password == null ? "" : ":" + password) + "@" + hostAndPort() + "/" + database
				+ query();
	}

	private String query() {
		return sslmode == null ? "" : "?sslmode=" + sslmode;
	}

	private String hostAndPort() {
		return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
	}
}
