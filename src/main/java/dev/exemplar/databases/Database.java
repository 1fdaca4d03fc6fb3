package dev.exemplar.databases;

import java.time.OffsetDateTime;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A provisioned database as its owner sees it: where and how to connect. {@code password} is present only in the
 * answer that made it (creation or rotation); {@code uri} carries it then, and only then.
 */
public record Database(
        UUID id,
        String label,
        String host,
        int port,
        String database,
        String username,
        @JsonInclude(JsonInclude.Include.NON_NULL) String password,
        String jdbcUrl,
        String uri,
        OffsetDateTime createdAt) {

    static Database of(DatabaseRow row, TenantServer server, String password) {
        return new Database(row.id(), row.label(), server.host(), server.port(), row.databaseName(), row.roleName(), password,
                server.jdbcUrl(row.databaseName()), server.uri(row.roleName(), password, row.databaseName()), row.createdAt());
    }
}
