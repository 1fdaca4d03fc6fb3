package dev.exemplar.databases;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A row of the {@code databases} table: whose database, on which tenant server, under which names. */
record DatabaseRow(UUID id, String label, String serverName, String databaseName, String roleName,
        OffsetDateTime createdAt) {
}
