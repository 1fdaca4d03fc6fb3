package dev.exemplar.databases;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.exemplar.system.errors.OutsideServiceException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Keeps a tenant server's own databases closed to {@code PUBLIC}: otherwise users' roles
 * could connect to them. Run as {@link AdminStatements} says.
 */
@Component
class PublicAccess {

	private static final Logger log = LoggerFactory.getLogger(PublicAccess.class);

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
			throw AdminStatements.unavailable("could not be read");
		}
	}

	/**
	 * Closes what it can ({@link #closeToPublic}); refuses a creation while any database
	 * stays open.
	 */
	void refuseWhileOpenToPublic(TenantServer server, Statement statement) throws SQLException {
		if (!closeToPublic(server, statement).isEmpty()) {
			throw new OutsideServiceException(HttpStatus.SERVICE_UNAVAILABLE, "The database server has databases that"
					+ " any role may connect to, users' roles too; no database is made there until its operator closes"
					+ " them (the service's log says how); try again later.");
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

}
