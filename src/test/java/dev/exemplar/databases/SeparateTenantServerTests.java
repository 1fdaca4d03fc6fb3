package dev.exemplar.databases;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.exemplar.testsupport.IntegrationTest;
import dev.exemplar.testsupport.ServiceTest;
import dev.exemplar.postgres.StoppablePostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service with a tenant server of its own (DATABASES_ADMIN_URL), as in production: a
 * PostgreSQL apart from the service's, administered by a role with CREATEDB and
 * CREATEROLE only (the guide's statements), logging every statement. It is crashed in the
 * middle of a creation; once back, the records and the server agree. It fills up, and is
 * left open to PUBLIC by its operator: creations are refused. And no password reaches a
 * log line, neither the service's (at the dev profile's levels: every SQL statement of
 * Spring's) nor the server's.
 */
@IntegrationTest
@ServiceTest
@ExtendWith(OutputCaptureExtension.class)
@Import(SeparateTenantServerTests.CrashSeam.class)
@TestPropertySource(
		properties = { "logging.level.dev.exemplar=DEBUG", "logging.level.org.springframework.jdbc.core=DEBUG" })
class SeparateTenantServerTests {

	private static final long USER = 45;

	private static final long OTHER_USER = 44;

	/**
	 * The statements guides/databases-on-demand.adoc gives an operator, as the tenant
	 * server's superuser.
	 */
	static final String LEAST_PRIVILEGE_ADMIN = """
			CREATE ROLE tenant_admin LOGIN CREATEDB CREATEROLE PASSWORD 'admin-secret';
			GRANT SET ON PARAMETER temp_file_limit TO tenant_admin;
			REVOKE CONNECT, TEMPORARY ON DATABASE postgres, template1 FROM PUBLIC;
			GRANT CONNECT ON DATABASE postgres TO tenant_admin;""";

	@TempDir
	static Path directory;

	static StoppablePostgres tenant;

	/** The step before which the tenant server is crashed, once; null: none. */
	static volatile String crashBefore;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	LeftoverSweep sweep;

	@Autowired
	Placement placement;

	DatabasesClient client;

	@DynamicPropertySource
	static void tenantServer(DynamicPropertyRegistry registry) throws Exception {
		tenant = new StoppablePostgres(directory.resolve("data"), Map.of("log_statement", "all", "logging_collector",
				"on", "log_directory", directory.resolve("log").toString(), "max_connections", "20"));
		try (Connection postgres = DriverManager.getConnection(tenant.jdbcUrl(), "postgres", "")) {
			postgres.createStatement().execute(LEAST_PRIVILEGE_ADMIN);
		}
		registry.add("exemplar.databases.admin-url", tenant::jdbcUrl);
		registry.add("exemplar.databases.admin-username", () -> "tenant_admin");
		registry.add("exemplar.databases.admin-password", () -> "admin-secret");
		// 20 connections, 3 kept for superusers and 2 for the admin: room for 3 databases
		// of 5 connections each
		registry.add("exemplar.databases.bounds.server-kept-connections", () -> "2");
	}

	@AfterAll
	static void stopTenant() throws IOException {
		tenant.close();
	}

	@BeforeEach
	void client() {
		client = new DatabasesClient(port);
	}

	@Test
	void aCreationCutShortByTheServerLeavesNothingOnceItIsBack() throws Exception {
		crashBefore = "create database";
		DatabasesClient.Answer cut = client.create(USER, "cut-short");
		tenant.start();

		assertThat(cut.status()).isEqualTo(503);
		assertThat(cut.body().path("detail").asString())
			.isEqualTo("The database server did not complete the creation; nothing was" + " created; try again later.");
		assertThat(records(USER)).as("no record of it").isZero();
		assertThat(namesOnTenant()).as("its role, made before the crash").hasSize(1);

		TenantServer server = placement.servers().iterator().next();
		assertThat(sweep.sweep(server).dropped()).as("a sweep at once: the creation might be under way").isEmpty();
		Instant aMinuteOn = Instant.now().plusSeconds(DatabaseService.ABANDONED_AFTER_SECONDS);
		assertThat(sweep.sweep(server, aMinuteOn).dropped()).as("the next start's, a minute on").hasSize(1);

		assertThat(namesOnTenant()).isEmpty();
		DatabasesClient.Answer again = client.create(USER, "cut-short");
		assertThat(again.status()).as("the server is back, and the failed request did not spend its key")
			.isEqualTo(201);
		assertThat(namesOnTenant()).containsExactly(again.body().path("database").asString());
		assertThat(client.send(USER, "DELETE", "/databases/" + again.body().path("id").asString()).status())
			.isEqualTo(204);
		assertThat(namesOnTenant()).isEmpty();
	}

	@Test
	void noPasswordInAnyLogLine(CapturedOutput serviceLog) throws IOException {
		DatabasesClient.Answer created = client.create(USER);
		DatabasesClient.Answer changed = client.send(USER, "POST",
				"/databases/" + created.body().path("id").asString() + "/password");
		client.send(USER, "DELETE", "/databases/" + created.body().path("id").asString());
		String serverLog = serverLog();

		assertThat(created.status()).isEqualTo(201);
		assertThat(changed.status()).isEqualTo(200);
		assertThat(serverLog).as("the server logs every statement")
			.contains("CREATE ROLE " + '"' + created.body().path("username").asString())
			.contains("ALTER ROLE")
			.contains("SCRAM-SHA-256$4096:");
		assertThat(serviceLog.getAll()).contains("Created database " + created.body().path("database").asString())
			.doesNotContain("SCRAM-SHA-256");
		for (String password : List.of(created.body().path("password").asString(),
				changed.body().path("password").asString())) {
			assertThat(password).isNotBlank();
			assertThat(serviceLog.getAll()).doesNotContain(password);
			assertThat(serverLog).doesNotContain(password);
		}
	}

	@Test
	void aServerWithoutRoomForOneMoreRefusesTheCreationAndWritesNothing() throws SQLException {
		List<DatabasesClient.Answer> made = List.of(client.create(USER), client.create(USER), client.create(USER));
		try {
			assertThat(made).extracting(DatabasesClient.Answer::status).containsOnly(201);

			DatabasesClient.Answer full = client.create(OTHER_USER);

			assertThat(full.status()).isEqualTo(503);
			assertThat(full.headers().firstValue("Content-Type")).hasValue("application/problem+json");
			assertThat(full.headers().firstValue("Retry-After")).hasValue("600");
			assertThat(full.body().path("detail").asString())
				.isEqualTo("The database server holds as many databases as it may; try again later.");
			assertThat(records(OTHER_USER)).isZero();
			assertThat(namesOnTenant()).as("the three made, each a database and a role of one name").hasSize(3);
		}
		finally {
			made.forEach(this::delete);
		}
	}

	@Test
	void noCreationWhileADatabaseOfTheServerLetsAnyRoleConnect(CapturedOutput serviceLog) throws SQLException {
		asSuperuser("CREATE DATABASE operators_reports");
		try {
			DatabasesClient.Answer refused = client.create(USER);

			assertThat(refused.status()).isEqualTo(503);
			assertThat(refused.body().path("detail").asString()).isEqualTo("The database server has databases that"
					+ " any role may connect to, users' roles too; no database is made there until its operator closes"
					+ " them (the service's log says how); try again later.");
			assertThat(records(USER)).isZero();
			assertThat(namesOnTenant()).isEmpty();
			assertThat(serviceLog.getAll())
				.contains("REVOKE CONNECT, TEMPORARY ON DATABASE operators_reports FROM PUBLIC");

			asSuperuser("REVOKE CONNECT, TEMPORARY ON DATABASE operators_reports FROM PUBLIC");
			DatabasesClient.Answer made = client.create(USER);
			assertThat(made.status()).as("once the operator has closed it").isEqualTo(201);
			delete(made);
		}
		finally {
			asSuperuser("DROP DATABASE operators_reports");
		}
	}

	@Test
	void theBoundsHoldAndARotationEndsTheOldSessionsUnderAnAdminWhoIsNoSuperuser() throws SQLException {
		DatabasesClient.Answer created = client.create(USER);
		try (Connection old = DatabasesClient.connect(created.body())) {
			assertThat(setting(old, "statement_timeout")).isEqualTo("30s");
			assertThat(setting(old, "temp_file_limit")).isEqualTo("256MB");

			DatabasesClient.Answer rotated = client.send(USER, "POST",
					"/databases/" + created.body().path("id").asString() + "/password");

			assertThat(rotated.status()).isEqualTo(200);
			assertThat(old.isValid(2)).as("the session opened with the old password").isFalse();
		}
		finally {
			delete(created);
		}
	}

	private static String setting(Connection connection, String name) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SHOW " + name)) {
			rows.next();
			return rows.getString(1);
		}
	}

	/** Deletes a database {@link #USER} made. */
	private void delete(DatabasesClient.Answer created) {
		if (created.status() == 201) {
			client.send(USER, "DELETE", "/databases/" + created.body().path("id").asString());
		}
	}

	private static void asSuperuser(String sql) throws SQLException {
		try (Connection postgres = DriverManager.getConnection(tenant.jdbcUrl(), "postgres", "");
				Statement statement = postgres.createStatement()) {
			statement.execute(sql);
		}
	}

	private long records(long user) {
		return jdbc.sql("SELECT count(*) FROM databases WHERE owner_id = :user")
			.param("user", user)
			.query(Long.class)
			.single();
	}

	private List<String> namesOnTenant() throws SQLException {
		try (Connection postgres = DriverManager.getConnection(tenant.jdbcUrl(), "postgres", "")) {
			return JdbcClient.create(new org.springframework.jdbc.datasource.SingleConnectionDataSource(postgres, true))
				.sql("SELECT datname FROM pg_database WHERE datname LIKE 'exdb%' UNION SELECT rolname FROM pg_roles WHERE rolname LIKE 'exdb%'")
				.query(String.class)
				.list();
		}
	}

	private static String serverLog() throws IOException {
		try (Stream<Path> files = Files.list(directory.resolve("log"))) {
			StringBuilder all = new StringBuilder();
			for (Path file : files.toList()) {
				all.append(Files.readString(file));
			}
			return all.toString();
		}
	}

	/** Crashes the tenant server before the step named in {@link #crashBefore}, once. */
	@TestConfiguration(proxyBeanMethods = false)
	static class CrashSeam {

		@Bean
		ProvisioningObserver crashTenantServer() {
			return (database, step) -> {
				if (step.equals(crashBefore)) {
					crashBefore = null;
					try {
						tenant.crash();
					}
					catch (IOException | InterruptedException e) {
						throw new IllegalStateException(e);
					}
				}
			};
		}

	}

}
