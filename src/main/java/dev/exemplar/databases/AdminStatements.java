package dev.exemplar.databases;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.exemplar.system.errors.OutsideServiceException;

import org.springframework.http.HttpStatus;

/**
 * How the statements on a tenant server are run, as its admin role, outside any
 * transaction ({@code CREATE DATABASE} cannot run in one): plain JDBC, so that no
 * statement is logged by Spring's SQL logging (a statement may hold a verifier). Each log
 * line names the database and the step, never a statement. The admin's connections search
 * {@code pg_catalog} only, and every function is called by its schema too, so that no
 * function a user put in a schema of theirs runs as the admin (DatabasesConfiguration).
 * The classes that run them: {@link TenantCreation}, {@link TenantRoom},
 * {@link TenantRoles}, {@link TenantUsage}, {@link PublicAccess}.
 */
final class AdminStatements {

	private static final Logger log = LoggerFactory.getLogger(AdminStatements.class);

	/** How long a rotation waits for each of the role's sessions to end. */
	private static final Duration SESSIONS_END_WITHIN = Duration.ofSeconds(5);

	private AdminStatements() {
	}

	/** The statements in one transaction: all of them take effect, or none. */
	static void execute(TenantServer server, String name, String step, String... statements) {
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

	/**
	 * Ends every session of the role, giving each {@link #SESSIONS_END_WITHIN} to end, so
	 * that the answer comes once they have.
	 */
	static String endingSessions(String name) {
		return """
				SELECT pg_catalog.pg_terminate_backend(pid, %d) FROM pg_catalog.pg_stat_activity WHERE usename = '%s'"""
			.formatted(SESSIONS_END_WITHIN.toMillis(), name); // a name TenantNames made:
																// no quote in it
	}

	static OutsideServiceException unavailable(String what) {
		return new OutsideServiceException(HttpStatus.SERVICE_UNAVAILABLE,
				"The database server " + what + "; try again later.");
	}

	static String setOnRole(String role, String setting, String value) {
		return "ALTER ROLE " + role + " SET " + setting + " = '" + value + "'";
	}

	static String literal(String verifier) {
		return "'" + verifier.replace("'", "''") + "'";
	}

}
