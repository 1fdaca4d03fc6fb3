package dev.exemplar.databases;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.exemplar.system.errors.OutsideServiceException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * How many more users' databases a tenant server may hold ({@link TenantBounds}): asked
 * by the placement to choose a server, and by a creation, so that none takes a full
 * server's place. Run as {@link AdminStatements} says.
 */
@Component
class TenantRoom {

	private static final Logger log = LoggerFactory.getLogger(TenantRoom.class);

	/**
	 * When a server is full, a deletion or another server makes room; not within seconds.
	 */
	private static final Duration FULL_RETRY_AFTER = Duration.ofMinutes(10);

	private final TenantBounds bounds;

	TenantRoom(TenantBounds bounds) {
		this.bounds = bounds;
	}

	/**
	 * How many more databases the server may hold (0: it is full), answered within
	 * {@code seconds}.
	 * @throws OutsideServiceException 503 when the server does not answer
	 */
	long room(TenantServer server, int seconds) {
		try (Connection connection = server.admin().getConnection();
				Statement statement = connection.createStatement()) {
			statement.setQueryTimeout(seconds);
			return room(server, statement).left();
		}
		catch (SQLException e) {
			log.warn("Tenant server '{}' did not tell its room ({}: {})", server.name(), e.getSQLState(),
					e.getMessage());
			throw AdminStatements.unavailable("did not answer");
		}
	}

	/**
	 * Refuses a creation on a server that holds as many of the service's databases as its
	 * bounds allow.
	 */
	void refuseWhenFull(TenantServer server, Statement statement) throws SQLException {
		Room room = room(server, statement);
		if (room.left() == 0) {
			log.warn(
					"Tenant server '{}' is full: it holds {} users' databases, and may hold {}"
							+ " (capacity {}; {} connections for all roles, less"
							+ " DATABASES_SERVER_KEPT_CONNECTIONS {}, at {} a database)",
					server.name(), room.held(), room.most(),
					server.capacity() == null ? bounds.serverCapacity() : server.capacity(), room.usable(),
					bounds.serverKeptConnections(), bounds.connections());
			throw full();
		}
	}

	/**
	 * 503 with {@code Retry-After}: a deletion or another server makes room, not within
	 * seconds.
	 */
	static OutsideServiceException full() {
		return new OutsideServiceException(HttpStatus.SERVICE_UNAVAILABLE,
				"The database server holds as many" + " databases as it may; try again later.", FULL_RETRY_AFTER);
	}

	private Room room(TenantServer server, Statement statement) throws SQLException {
		try (ResultSet room = statement.executeQuery(
				"""
						SELECT (SELECT pg_catalog.count(*) FROM pg_catalog.pg_database WHERE pg_catalog.starts_with(datname, '%s')),
						       pg_catalog.current_setting('max_connections')::int
						       - pg_catalog.current_setting('superuser_reserved_connections')::int
						       - coalesce(pg_catalog.current_setting('reserved_connections', true)::int, 0)"""
					.formatted(TenantNames.PREFIX))) {
			room.next();
			int usable = room.getInt(2);
			return new Room(room.getLong(1), usable, bounds.databasesOn(usable, server.capacity()));
		}
	}

	/**
	 * The users' databases a server holds, its connections for all roles, and how many
	 * databases it may hold.
	 */
	private record Room(long held, int usable, int most) {

		long left() {
			return Math.max(0, most - held);
		}
	}

}
