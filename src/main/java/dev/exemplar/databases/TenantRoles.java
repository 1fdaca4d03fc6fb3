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

import org.springframework.stereotype.Component;

/**
 * Users' roles and databases once made ({@link TenantCreation}): a new password, their
 * removal, and the list of those a server holds, which the sweep compares with the
 * records. Run as {@link AdminStatements} says.
 */
@Component
class TenantRoles {

	private static final Logger log = LoggerFactory.getLogger(TenantRoles.class);

	/**
	 * A new password, then the end of every session of the role: none opened with the old
	 * one outlives it ({@link AdminStatements#endingSessions}).
	 */
	void changePassword(TenantServer server, String name, String verifier) {
		// one transaction: a rotation whose sessions could not be ended keeps the old
		// password, and answers 503
		AdminStatements.execute(server, name, "change the password and end the role's sessions",
				"ALTER ROLE " + TenantNames.quoted(name) + " PASSWORD " + AdminStatements.literal(verifier),
				AdminStatements.endingSessions(name));
		log.info("Changed the password of role {} on tenant server '{}', and ended its sessions", name, server.name());
	}

	/**
	 * Ends the database's sessions, drops it, then its role; either may be gone already.
	 */
	void drop(TenantServer server, String name) {
		String id = TenantNames.quoted(name);
		AdminStatements.execute(server, name, "drop database", "DROP DATABASE IF EXISTS " + id + " WITH (FORCE)");
		AdminStatements.execute(server, name, "drop role", "DROP ROLE IF EXISTS " + id);
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
			throw AdminStatements.unavailable("could not be read");
		}
		return tenants;
	}

}
