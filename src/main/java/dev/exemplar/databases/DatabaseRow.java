package dev.exemplar.databases;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A row of the {@code databases} table: whose database, on which tenant server, under
 * which names, in which state.
 */
record DatabaseRow(UUID id, String label, String serverName, String databaseName, String roleName,
		OffsetDateTime createdAt, State state) {

	/**
	 * The {@code state} column: being made on the tenant server, made in full, being
	 * dropped there.
	 */
	enum State {

		CREATING, READY, DELETING

	}
}
