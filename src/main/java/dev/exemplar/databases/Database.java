package dev.exemplar.databases;

import java.time.OffsetDateTime;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A provisioned database as its owner sees it: where and how to connect. {@code password}
 * is present only in the answer that made it (creation or rotation); {@code uri} carries
 * it then, and only then. The size, its limit and whether it may be written are in the
 * answer to {@code GET /databases/{id}} only (each costs the server a walk of the
 * database's directory), and only when the tenant server answered.
 */
public record Database(UUID id, String label, String host, int port, String database, String username,
		@JsonInclude(JsonInclude.Include.NON_NULL) String password, String jdbcUrl, String uri,
		OffsetDateTime createdAt, @JsonInclude(JsonInclude.Include.NON_NULL) Long sizeBytes,
		@JsonInclude(JsonInclude.Include.NON_NULL) Long sizeLimitBytes,
		@JsonInclude(JsonInclude.Include.NON_NULL) Usage.State state) {

	static Database of(DatabaseRow row, TenantServer server, String password) {
		return new Database(row.id(), row.label(), server.host(), server.port(), row.databaseName(), row.roleName(),
				password, server.jdbcUrl(row.databaseName()), server.uri(row.roleName(), password, row.databaseName()),
				row.createdAt(), null, null, null);
	}

	Database with(Usage usage) {
		return new Database(id, label, host, port, database, username, password, jdbcUrl, uri, createdAt,
				usage.sizeBytes(), usage.sizeLimitBytes(), usage.state());
	}
}
