package dev.exemplar.databases;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.exemplar.system.errors.OutsideServiceException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Makes a user's role and database on a tenant server, one creation of a server at a
 * time, only where there is room ({@link TenantRoom}) and the server's own databases are
 * closed to {@code PUBLIC} ({@link PublicAccess}). Run as {@link AdminStatements} says.
 */
@Component
class TenantCreation {

	private static final Logger log = LoggerFactory.getLogger(TenantCreation.class);

	/**
	 * The key of the advisory lock that creations on one server take in turn ("exdb" and
	 * 1).
	 */
	private static final long CREATIONS_LOCK = 0x6578646200000001L;

	private final ObjectProvider<ProvisioningObserver> observers;

	private final TenantBounds bounds;

	private final DeploymentMark mark;

	private final TenantRoom room;

	private final PublicAccess publicAccess;

	private final TenantRoles roles;

	TenantCreation(ObjectProvider<ProvisioningObserver> observers, TenantBounds bounds, DeploymentMark mark,
			TenantRoom room, PublicAccess publicAccess, TenantRoles roles) {
		this.observers = observers;
		this.bounds = bounds;
		this.mark = mark;
		this.room = room;
		this.publicAccess = publicAccess;
		this.roles = roles;
	}

	/**
	 * A login role with no power beyond its own database, bounded ({@link TenantBounds}),
	 * and that database, made from {@code template0}, owned by it and closed to every
	 * other role. The database is made closed to connections, and opened once its
	 * privileges are set. Creations on one server run one at a time (an advisory lock of
	 * the admin's database), so that two never take the server's last place. A failure
	 * drops whatever was made, as far as the server answers (what it does not, the next
	 * start's sweep removes).
	 * @throws OutsideServiceException 503 when the server does not answer, holds as many
	 * databases as it may (with {@code Retry-After}), or has a database other than users'
	 * that any role may connect to; nothing is made
	 */
	void create(TenantServer server, String name, String verifier) {
		String id = TenantNames.quoted(name);
		Instant made = Instant.now();
		List<Step> steps = List.of(
				new Step("create role",
						"CREATE ROLE " + id + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION"
								+ " NOBYPASSRLS NOINHERIT CONNECTION LIMIT " + bounds.connections() + " PASSWORD "
								+ AdminStatements.literal(verifier)),
				// the sweep drops only what bears it (LeftoverSweep); it stands for the
				// database too, the role's
				new Step("mark the role as this deployment's",
						"COMMENT ON ROLE " + id + " IS " + AdminStatements.literal(mark.comment(made))),
				// the admin may then create a database owned by the role, and end the
				// role's sessions (PostgreSQL 16+)
				new Step("grant the role to the admin", "GRANT " + id + " TO CURRENT_USER"),
				// defaults the role may SET away in a session, but for temp_file_limit,
				// which only a superuser may set
				new Step("set the role's statement_timeout",
						AdminStatements.setOnRole(id, "statement_timeout",
								bounds.statementTimeout().toMillis() + "ms")),
				new Step("set the role's idle_in_transaction_session_timeout",
						AdminStatements.setOnRole(id, "idle_in_transaction_session_timeout",
								bounds.idleInTransactionTimeout().toMillis() + "ms")),
				new Step("set the role's idle_session_timeout",
						AdminStatements.setOnRole(id, "idle_session_timeout",
								bounds.idleSessionTimeout().toMillis() + "ms")),
				new Step("set the role's temp_file_limit",
						AdminStatements.setOnRole(id, "temp_file_limit", bounds.tempFileLimit().toKilobytes() + "kB")),
				// template0: nothing anyone put in template1 (a function, an extension)
				// reaches a user's database
				new Step("create database",
						"CREATE DATABASE " + id + " OWNER " + id + " TEMPLATE template0 ALLOW_CONNECTIONS false"),
				new Step("revoke the database from PUBLIC", "REVOKE ALL ON DATABASE " + id + " FROM PUBLIC"),
				new Step("grant connect to its role", "GRANT CONNECT, TEMPORARY ON DATABASE " + id + " TO " + id),
				new Step("allow connections", "ALTER DATABASE " + id + " ALLOW_CONNECTIONS true"),
				new Step("mark the creation finished",
						"COMMENT ON ROLE " + id + " IS " + AdminStatements.literal(mark.finished(made))));
		String step = "connect";
		try (Connection connection = server.admin().getConnection();
				Statement statement = connection.createStatement()) {
			step = "wait for the server's other creations";
			statement.execute("SET lock_timeout = 0"); // creations queue (as many as the
														// admin pool holds), each brief
			try {
				statement.execute("SELECT pg_catalog.pg_advisory_lock(" + CREATIONS_LOCK + ")");
			}
			finally {
				statement.execute("RESET lock_timeout");
			}
			try {
				step = "check that the server's own databases are closed";
				publicAccess.refuseWhileOpenToPublic(server, statement);
				step = "check the server's room";
				room.refuseWhenFull(server, statement);
				for (Step next : steps) {
					step = next.name();
					observers.forEach(observer -> observer.beforeStep(name, next.name()));
					statement.execute(next.sql());
				}
			}
			finally {
				statement.execute("SELECT pg_catalog.pg_advisory_unlock(" + CREATIONS_LOCK + ")");
			}
		}
		catch (SQLException e) {
			log.warn("Creating database {} on tenant server '{}' failed at '{}' ({}: {}); dropping what was made", name,
					server.name(), step, e.getSQLState(), e.getMessage());
			roles.dropQuietly(server, name);
			throw AdminStatements.unavailable("did not complete the creation; nothing was created");
		}
		log.info("Created database {} on tenant server '{}'", name, server.name());
	}

	private record Step(String name, String sql) {
	}

}
