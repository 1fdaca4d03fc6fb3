package dev.exemplar.databases;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.exemplar.system.errors.OutsideServiceException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The statements run on a tenant server, as its admin role, outside any transaction
 * ({@code CREATE DATABASE} cannot run in one): plain JDBC, so that no statement is logged
 * by Spring's SQL logging (a statement may hold a verifier). Each log line names the
 * database and the step, never a statement. The admin's connections search
 * {@code pg_catalog} only, and every function is called by its schema too, so that no
 * function a user put in a schema of theirs runs as the admin (DatabasesConfiguration).
 */
@Component
class Provisioner {

	private static final Logger log = LoggerFactory.getLogger(Provisioner.class);

	/**
	 * The key of the advisory lock that creations on one server take in turn ("exdb" and
	 * 1).
	 */
	private static final long CREATIONS_LOCK = 0x6578646200000001L;

	/**
	 * When a server is full, a deletion or another server makes room; not within seconds.
	 */
	private static final Duration FULL_RETRY_AFTER = Duration.ofMinutes(10);

	/** How long a rotation waits for each of the role's sessions to end. */
	private static final Duration SESSIONS_END_WITHIN = Duration.ofSeconds(5);

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

	private final ObjectProvider<ProvisioningObserver> observers;

	private final TenantBounds bounds;

	private final DeploymentMark mark;

	Provisioner(ObjectProvider<ProvisioningObserver> observers, TenantBounds bounds, DeploymentMark mark) {
		this.observers = observers;
		this.bounds = bounds;
		this.mark = mark;
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
								+ literal(verifier)),
				// the sweep drops only what bears it (LeftoverSweep); it stands for the
				// database too, the role's
				new Step("mark the role as this deployment's",
						"COMMENT ON ROLE " + id + " IS " + literal(mark.comment(made))),
				// the admin may then create a database owned by the role, and end the
				// role's sessions (PostgreSQL 16+)
				new Step("grant the role to the admin", "GRANT " + id + " TO CURRENT_USER"),
				// defaults the role may SET away in a session, but for temp_file_limit,
				// which only a superuser may set
				new Step("set the role's statement_timeout",
						setOnRole(id, "statement_timeout", bounds.statementTimeout().toMillis() + "ms")),
				new Step("set the role's idle_in_transaction_session_timeout",
						setOnRole(id, "idle_in_transaction_session_timeout",
								bounds.idleInTransactionTimeout().toMillis() + "ms")),
				new Step("set the role's idle_session_timeout",
						setOnRole(id, "idle_session_timeout", bounds.idleSessionTimeout().toMillis() + "ms")),
				new Step("set the role's temp_file_limit",
						setOnRole(id, "temp_file_limit", bounds.tempFileLimit().toKilobytes() + "kB")),
				// template0: nothing anyone put in template1 (a function, an extension)
				// reaches a user's database
				new Step("create database",
						"CREATE DATABASE " + id + " OWNER " + id + " TEMPLATE template0 ALLOW_CONNECTIONS false"),
				new Step("revoke the database from PUBLIC", "REVOKE ALL ON DATABASE " + id + " FROM PUBLIC"),
				new Step("grant connect to its role", "GRANT CONNECT, TEMPORARY ON DATABASE " + id + " TO " + id),
				new Step("allow connections", "ALTER DATABASE " + id + " ALLOW_CONNECTIONS true"), new Step(
						"mark the creation finished", "COMMENT ON ROLE " + id + " IS " + literal(mark.finished(made))));
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
				refuseWhileOpenToPublic(server, statement);
				step = "check the server's room";
				refuseWhenFull(server, statement);
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
			dropQuietly(server, name);
			throw unavailable("did not complete the creation; nothing was created");
		}
		log.info("Created database {} on tenant server '{}'", name, server.name());
	}

	/**
	 * Closes what it can ({@link #closeToPublic}); refuses a creation while any database
	 * stays open.
	 */
	private void refuseWhileOpenToPublic(TenantServer server, Statement statement) throws SQLException {
		if (!closeToPublic(server, statement).isEmpty()) {
			throw new OutsideServiceException(HttpStatus.SERVICE_UNAVAILABLE, "The database server has databases that"
					+ " any role may connect to, users' roles too; no database is made there until its operator closes"
					+ " them (the service's log says how); try again later.");
		}
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
			throw unavailable("did not answer");
		}
	}

	/**
	 * Refuses a creation on a server that holds as many of the service's databases as its
	 * bounds allow.
	 */
	private void refuseWhenFull(TenantServer server, Statement statement) throws SQLException {
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

	/**
	 * A new password, then the end of every session of the role: none opened with the old
	 * one outlives it. Each session is given {@link #SESSIONS_END_WITHIN} to end, so that
	 * the answer comes once they have.
	 */
	void changePassword(TenantServer server, String name, String verifier) {
		// one transaction: a rotation whose sessions could not be ended keeps the old
		// password, and answers 503
		execute(server, name, "change the password and end the role's sessions",
				"ALTER ROLE " + TenantNames.quoted(name) + " PASSWORD " + literal(verifier), endingSessions(name));
		log.info("Changed the password of role {} on tenant server '{}', and ended its sessions", name, server.name());
	}

	/**
	 * Ends the database's sessions, drops it, then its role; either may be gone already.
	 */
	void drop(TenantServer server, String name) {
		String id = TenantNames.quoted(name);
		execute(server, name, "drop database", "DROP DATABASE IF EXISTS " + id + " WITH (FORCE)");
		execute(server, name, "drop role", "DROP ROLE IF EXISTS " + id);
		log.info("Dropped database {} and its role on tenant server '{}'", name, server.name());
	}

	/**
	 * {@link #drop}, or a warning when the server does not answer: the next start removes
	 * what is left.
	 */
	void dropQuietly(TenantServer server, String name) {
		try {
			drop(server, name);
		}
		catch (OutsideServiceException e) {
			log.warn("Could not drop database {} on tenant server '{}'; the next start removes it", name,
					server.name());
		}
	}

	/**
	 * The databases and roles on the server that carry the service's prefix, whether the
	 * records know them or not, with the role's mark and whether the role owns the
	 * database. Read with schema-qualified names only: the admin's search path is not
	 * trusted to find the catalog's own functions first.
	 */
	List<TenantOnServer> tenantsOnServer(TenantServer server) {
		List<TenantOnServer> tenants = new ArrayList<>();
		try (Connection connection = server.admin().getConnection();
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("""
						SELECT n.name, r.oid IS NOT NULL AS has_role,
						       pg_catalog.shobj_description(r.oid, 'pg_authid') AS mark,
						       d.oid IS NOT NULL AS has_database,
						       d.datdba OPERATOR(pg_catalog.=) r.oid AS owned_by_role
						FROM (SELECT datname::text AS name FROM pg_catalog.pg_database
						      WHERE pg_catalog.starts_with(datname, '%1$s')
						      UNION SELECT rolname::text FROM pg_catalog.pg_roles
						      WHERE pg_catalog.starts_with(rolname, '%1$s')) n
						LEFT JOIN pg_catalog.pg_roles r ON r.rolname OPERATOR(pg_catalog.=) n.name
						LEFT JOIN pg_catalog.pg_database d ON d.datname OPERATOR(pg_catalog.=) n.name"""
					.formatted(TenantNames.PREFIX))) {
			while (rows.next()) {
				if (TenantNames.isOurs(rows.getString("name"))) {
					tenants.add(new TenantOnServer(rows.getString("name"), rows.getBoolean("has_role"),
							rows.getString("mark"), rows.getBoolean("has_database"), rows.getBoolean("owned_by_role")));
				}
			}
		}
		catch (SQLException e) {
			log.warn("Could not list the databases of tenant server '{}' ({}: {})", server.name(), e.getSQLState(),
					e.getMessage());
			throw unavailable("could not be read");
		}
		return tenants;
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
			throw unavailable("could not be read");
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
		execute(server, name, "stop writes, keep one connection and end the role's sessions",
				setOnRole(id, "default_transaction_read_only", "on"), "ALTER ROLE " + id + " CONNECTION LIMIT 1",
				endingSessions(name));
		log.info("Database {} on tenant server '{}' is over its size limit: its writes are stopped", name,
				server.name());
	}

	/** Within its size limit again: as it was made. */
	void allowWrites(TenantServer server, String name) {
		String id = TenantNames.quoted(name);
		execute(server, name, "allow writes", "ALTER ROLE " + id + " RESET default_transaction_read_only");
		execute(server, name, "give its connections back",
				"ALTER ROLE " + id + " CONNECTION LIMIT " + bounds.connections());
		log.info("Database {} on tenant server '{}' is within its size limit again: it may be written", name,
				server.name());
	}

	private Usage usage(ResultSet row) throws SQLException {
		return new Usage(row.getLong(2), bounds.sizeLimit().toBytes(),
				row.getBoolean(3) ? Usage.State.READ_ONLY : Usage.State.WRITABLE);
	}

	/**
	 * Takes {@code CONNECT} and {@code TEMPORARY} from {@code PUBLIC} on every database
	 * of the server that is not a user's ({@code postgres}, {@code template1}, the
	 * admin's own, which in dev and test is the service's, any other) and lets any role
	 * connect: where the admin may (a superuser, or their owner). The log names those it
	 * may not, with the statement their owner runs.
	 * @return the databases any role may still connect to
	 * @throws OutsideServiceException 503 when the server does not answer
	 */
	List<String> closeToPublic(TenantServer server) {
		try (Connection connection = server.admin().getConnection();
				Statement statement = connection.createStatement()) {
			return closeToPublic(server, statement);
		}
		catch (SQLException e) {
			log.warn("Could not close the databases of tenant server '{}' to PUBLIC ({}: {})", server.name(),
					e.getSQLState(), e.getMessage());
			throw unavailable("could not be read");
		}
	}

	private static List<String> closeToPublic(TenantServer server, Statement statement) throws SQLException {
		List<String> open = openToPublic(statement);
		if (open.isEmpty()) {
			return open;
		}
		for (String database : open) {
			// where the admin may not, PostgreSQL answers with a warning, and the
			// database stays open
			statement.execute("REVOKE CONNECT, TEMPORARY ON DATABASE " + database + " FROM PUBLIC");
		}
		List<String> still = openToPublic(statement);
		if (!still.isEmpty()) {
			String databases = String.join(", ", still);
			log.warn("Any role may connect to databases {} of tenant server '{}', users' roles too; no user's database"
					+ " is made there until their owner runs: REVOKE CONNECT, TEMPORARY ON DATABASE {} FROM PUBLIC",
					databases, server.name(), databases);
		}
		return still;
	}

	/**
	 * The databases, quoted, that any role may connect to, but users' own (whose owner
	 * may open them as they like).
	 */
	private static List<String> openToPublic(Statement statement) throws SQLException {
		List<String> open = new ArrayList<>();
		try (ResultSet rows = statement.executeQuery("""
				SELECT d.datname, pg_catalog.quote_ident(d.datname) FROM pg_catalog.pg_database d WHERE d.datallowconn
				AND (d.datacl IS NULL OR EXISTS (SELECT FROM pg_catalog.aclexplode(d.datacl) a
				                                 WHERE a.grantee = 0 AND a.privilege_type = 'CONNECT'))
				ORDER BY d.datname""")) {
			while (rows.next()) {
				if (!TenantNames.isOurs(rows.getString(1))) {
					open.add(rows.getString(2));
				}
			}
		}
		return open;
	}

	private static String endingSessions(String name) {
		return """
				SELECT pg_catalog.pg_terminate_backend(pid, %d) FROM pg_catalog.pg_stat_activity WHERE usename = '%s'"""
			.formatted(SESSIONS_END_WITHIN.toMillis(), name); // a name TenantNames made:
																// no quote in it
	}

	/** The statements in one transaction: all of them take effect, or none. */
	private void execute(TenantServer server, String name, String step, String... statements) {
		try (Connection connection = server.admin().getConnection();
				Statement statement = connection.createStatement()) {
			connection.setAutoCommit(statements.length == 1); // DROP DATABASE runs alone,
																// outside any transaction
			for (String sql : statements) {
				statement.execute(sql);
			}
			if (!connection.getAutoCommit()) {
				connection.commit();
			}
		}
		catch (SQLException e) {
			log.warn("Step '{}' failed for database {} on tenant server '{}' ({}: {})", step, name, server.name(),
					e.getSQLState(), e.getMessage());
			throw unavailable("did not answer");
		}
	}

	private static OutsideServiceException unavailable(String what) {
		return new OutsideServiceException(HttpStatus.SERVICE_UNAVAILABLE,
				"The database server " + what + "; try again later.");
	}

	private static String setOnRole(String role, String setting, String value) {
		return "ALTER ROLE " + role + " SET " + setting + " = '" + value + "'";
	}

	private static String literal(String verifier) {
		return "'" + verifier.replace("'", "''") + "'";
	}

	private record Step(String name, String sql) {
	}

}
