package dev.exemplar.databases;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * What users' databases take of their server's disk, and their writes stopped over
 * {@code DATABASES_SIZE_LIMIT} and allowed again within it ({@link SizeCheck}). Run as
 * {@link AdminStatements} says.
 */
@Component
class TenantUsage {

	private static final Logger log = LoggerFactory.getLogger(TenantUsage.class);

	/**
	 * A user's database: its size, and whether its role's sessions start read-only (set
	 * by {@link #stopWrites}).
	 */
	private static final String USAGE = """
			SELECT d.datname, pg_catalog.pg_database_size(d.oid),
			       coalesce('default_transaction_read_only=on' = ANY (s.setconfig), false)
			FROM pg_catalog.pg_database d JOIN pg_catalog.pg_roles r ON r.rolname = d.datname
			LEFT JOIN pg_catalog.pg_db_role_setting s ON s.setrole = r.oid AND s.setdatabase = 0
			""";

	private final TenantBounds bounds;

	TenantUsage(TenantBounds bounds) {
		this.bounds = bounds;
	}

	/**
	 * Up to {@code count} users' databases open to connections, by name after
	 * {@code after}, with their size and whether their writes are stopped: one page of
	 * the size check, whose every database costs the server a walk of its directory.
	 */
	List<Usage.Measured> sizes(TenantServer server, String after, int count) {
		List<Usage.Measured> page = new ArrayList<>();
		try (Connection connection = server.admin().getConnection();
				PreparedStatement statement = connection.prepareStatement(USAGE + """
						WHERE pg_catalog.starts_with(d.datname, ?) AND d.datallowconn AND d.datname > ?
						ORDER BY d.datname LIMIT ?""")) {
			statement.setString(1, TenantNames.PREFIX);
			statement.setString(2, after);
			statement.setInt(3, count);
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					if (TenantNames.isOurs(rows.getString(1))) {
						page.add(new Usage.Measured(rows.getString(1), usage(rows)));
					}
				}
			}
		}
		catch (SQLException e) {
			log.warn("Could not measure the databases of tenant server '{}' ({}: {})", server.name(), e.getSQLState(),
					e.getMessage());
			throw AdminStatements.unavailable("could not be read");
		}
		return page;
	}

	/**
	 * The database's size, its limit and whether it may be written; empty when the server
	 * does not answer.
	 */
	Optional<Usage> usage(TenantServer server, String name) {
		try (Connection connection = server.admin().getConnection();
				PreparedStatement statement = connection.prepareStatement(USAGE + " WHERE d.datname = ?")) {
			statement.setString(1, name);
			try (ResultSet rows = statement.executeQuery()) {
				return rows.next() ? Optional.of(usage(rows)) : Optional.empty();
			}
		}
		catch (SQLException e) {
			log.warn("Could not measure database {} on tenant server '{}' ({}: {})", name, server.name(),
					e.getSQLState(), e.getMessage());
			return Optional.empty();
		}
	}

	/**
	 * Over its size limit: the role's new sessions start read-only, it keeps one
	 * connection (enough to read and to shrink), and its sessions are ended, so that none
	 * goes on writing.
	 */
	void stopWrites(TenantServer server, String name) {
		String id = TenantNames.quoted(name);
		AdminStatements.execute(server, name, "stop writes, keep one connection and end the role's sessions",
				AdminStatements.setOnRole(id, "default_transaction_read_only", "on"),
				"ALTER ROLE " + id + " CONNECTION LIMIT 1", AdminStatements.endingSessions(name));
		log.info("Database {} on tenant server '{}' is over its size limit: its writes are stopped", name,
				server.name());
	}

	/** Within its size limit again: as it was made. */
	void allowWrites(TenantServer server, String name) {
		String id = TenantNames.quoted(name);
		AdminStatements.execute(server, name, "allow writes",
				"ALTER ROLE " + id + " RESET default_transaction_read_only");
		AdminStatements.execute(server, name, "give its connections back",
				"ALTER ROLE " + id + " CONNECTION LIMIT " + bounds.connections());
		log.info("Database {} on tenant server '{}' is within its size limit again: it may be written", name,
				server.name());
	}

	private Usage usage(ResultSet row) throws SQLException {
		return new Usage(row.getLong(2), bounds.sizeLimit().toBytes(),
				row.getBoolean(3) ? Usage.State.READ_ONLY : Usage.State.WRITABLE);
	}

}
