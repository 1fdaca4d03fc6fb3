package dev.exemplar.databases;

import javax.sql.DataSource;

/**
 * A PostgreSQL server that holds users' databases: {@code admin} connects as a role with {@code CREATEDB} and
 * {@code CREATEROLE}; {@code host} and {@code port} are what clients are told to connect to.
 */
public record TenantServer(String name, DataSource admin, String host, int port) {

    String jdbcUrl(String database) {
        return "jdbc:postgresql://" + hostAndPort() + "/" + database;
    }

    /** A libpq connection URI; with the password only when it is given (the answer that made it). */
    String uri(String role, String password, String database) {
        return "postgresql://" + role + (password == null ? "" : ":" + password) + "@" + hostAndPort() + "/" + database;
    }

    private String hostAndPort() {
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }
}
