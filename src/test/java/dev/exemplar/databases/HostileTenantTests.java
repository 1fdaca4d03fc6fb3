package dev.exemplar.databases;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.zaxxer.hikari.HikariDataSource;
import tools.jackson.databind.JsonNode;

import dev.exemplar.testsupport.ServiceTest;
import dev.exemplar.postgres.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The hostile-tenant corpus: what a user's role tries, over real connections to the real
 * server, and PostgreSQL's own refusal of each. The specs (isolation.adoc, limits.adoc)
 * show the cases a reader follows; this runs the rest. Mallory attacks; Victim is another
 * user on the same server. The statement timeout is short here, so that a statement past
 * it is cancelled within the test.
 */
@ServiceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestPropertySource(properties = "exemplar.databases.bounds.statement-timeout=500ms")
class HostileTenantTests {

	private static final long MALLORY = 46;

	private static final long VICTIM = 47;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TenantRoles roles;

	@Autowired
	PublicAccess publicAccess;

	@Autowired
	TenantBounds bounds;

	DatabasesClient client;

	JsonNode mallory;

	JsonNode victim;

	@BeforeAll
	void tenants() {
		client = new DatabasesClient(port);
		mallory = created(MALLORY);
		victim = created(VICTIM);
	}

	@AfterAll
	void deleteThem() {
		for (long user : new long[] { MALLORY, VICTIM }) {
			client.send(user, "GET", "/databases")
				.body()
				.forEach(database -> client.send(user, "DELETE", "/databases/" + database.path("id").asString()));
		}
	}

	Stream<Arguments> statementsRefused() {
		return Stream.of(
				arguments("create a database", "CREATE DATABASE elsewhere", "permission denied to create database"),
				arguments("create a role", "CREATE ROLE accomplice LOGIN", "permission denied to create role"),
				arguments("create a tablespace", "CREATE TABLESPACE outside LOCATION '/tmp'",
						"permission denied to create tablespace"),
				arguments("create an event trigger", """
						CREATE FUNCTION watch() RETURNS event_trigger LANGUAGE plpgsql AS $$BEGIN END$$;
						CREATE EVENT TRIGGER watching ON ddl_command_start EXECUTE FUNCTION watch()""",
						"permission denied to create event trigger"),
				arguments("create a subscription",
						"CREATE SUBSCRIPTION pull CONNECTION 'dbname=postgres' PUBLICATION everything",
						"permission denied to create subscription"),
				arguments("read pg_authid", "SELECT rolname, rolpassword FROM pg_authid",
						"permission denied for table pg_authid"),
				arguments("make itself a superuser", "ALTER ROLE CURRENT_USER SUPERUSER",
						"permission denied to alter role"),
				arguments("give itself CREATEDB", "ALTER ROLE CURRENT_USER CREATEDB",
						"permission denied to alter role"),
				arguments("give itself CREATEROLE", "ALTER ROLE CURRENT_USER CREATEROLE",
						"permission denied to alter role"),
				arguments("give itself BYPASSRLS", "ALTER ROLE CURRENT_USER BYPASSRLS",
						"permission denied to alter role"),
				arguments("raise its connection limit", "ALTER ROLE CURRENT_USER CONNECTION LIMIT 1000",
						"permission denied to alter role"),
				arguments("lift its temp_file_limit", "SET temp_file_limit = -1",
						"permission denied to set parameter \"temp_file_limit\""),
				arguments("lift its role's temp_file_limit", "ALTER ROLE CURRENT_USER SET temp_file_limit = -1",
						"permission denied to set parameter \"temp_file_limit\""),
				arguments("lift its database's temp_file_limit",
						"ALTER DATABASE " + mallory.path("database").asString() + " SET temp_file_limit = -1",
						"permission denied to set parameter \"temp_file_limit\""),
				arguments("change the server's settings", "ALTER SYSTEM SET max_connections = 10000",
						"permission denied to set parameter \"max_connections\""),
				arguments("SET ROLE to another tenant", "SET ROLE " + victim.path("username").asString(),
						"permission denied to set role \"" + victim.path("username").asString() + "\""),
				arguments("become another tenant", "SET SESSION AUTHORIZATION " + victim.path("username").asString(),
						"permission denied to set session authorization"),
				arguments("grant itself another tenant's role",
						"GRANT " + victim.path("username").asString() + " TO CURRENT_USER",
						"permission denied to grant role"),
				arguments("grant itself the server's files", "GRANT pg_read_server_files TO CURRENT_USER",
						"permission denied to grant role \"pg_read_server_files\""),
				arguments("give its database to another tenant",
						"ALTER DATABASE " + mallory.path("database").asString() + " OWNER TO "
								+ victim.path("username").asString(),
						"must be able to SET ROLE \"" + victim.path("username").asString() + "\""),
				arguments("COPY TO PROGRAM", "COPY (SELECT 1) TO PROGRAM 'id'",
						"permission denied to COPY to or from an external program"),
				arguments("COPY FROM PROGRAM", "CREATE TEMP TABLE loot (line text); COPY loot FROM PROGRAM 'id'",
						"permission denied to COPY to or from an external program"),
				arguments("COPY FROM a server file", "CREATE TEMP TABLE loot (line text); COPY loot FROM '/etc/passwd'",
						"permission denied to COPY from a file"),
				arguments("lo_import", "SELECT lo_import('/etc/passwd')", "permission denied for function lo_import"),
				arguments("lo_export", "SELECT lo_export(0, '/tmp/loot')", "permission denied for function lo_export"),
				arguments("read a server file", "SELECT pg_read_file('/etc/passwd')",
						"permission denied for function pg_read_file"),
				arguments("list the data directory", "SELECT pg_ls_dir('.')",
						"permission denied for function pg_ls_dir"),
				arguments("write a function in C",
						"CREATE FUNCTION escape() RETURNS int LANGUAGE c AS 'libc', 'system'",
						"permission denied for language c"),
				arguments("CREATE EXTENSION dblink", "CREATE EXTENSION dblink",
						"permission denied to create extension \"dblink\""),
				arguments("CREATE EXTENSION postgres_fdw", "CREATE EXTENSION postgres_fdw",
						"permission denied to create extension \"postgres_fdw\""),
				arguments("CREATE EXTENSION file_fdw", "CREATE EXTENSION file_fdw",
						"permission denied to create extension \"file_fdw\""));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("statementsRefused")
	void aStatementBeyondItsDatabaseIsRefused(String attempt, String sql, String refusal) throws SQLException {
		try (Connection connection = DatabasesClient.connect(mallory);
				Statement statement = connection.createStatement()) {
			assertThatThrownBy(() -> statement.execute(sql)).as(attempt)
				.isInstanceOf(SQLException.class)
				.hasMessageContaining(refusal);
		}
	}

	Stream<Arguments> databasesElsewhere() {
		String serviceDatabase = jdbc.sql("SELECT current_database()").query(String.class).single();
		String refused = "permission denied for database";
		return Stream.of(arguments("postgres", refused),
				arguments("template0", "database \"template0\" is not currently accepting connections"),
				arguments("template1", refused), arguments(serviceDatabase, refused),
				arguments(victim.path("database").asString(), refused));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("databasesElsewhere")
	void connectingToAnotherDatabaseIsRefused(String database, String refusal) {
		String url = "jdbc:postgresql://" + mallory.path("host").asString() + ":" + mallory.path("port").asInt() + "/"
				+ database;

		assertThatThrownBy(() -> DatabasesClient
			.connect(url, mallory.path("username").asString(), mallory.path("password").asString())
			.close()).hasMessageContaining(refusal);
	}

	@Test
	void oneConnectionMoreThanItsLimitIsRefused() throws SQLException {
		List<Connection> open = new ArrayList<>();
		try {
			for (int i = 0; i < bounds.connections(); i++) {
				open.add(DatabasesClient.connect(mallory));
			}

			assertThatThrownBy(() -> DatabasesClient.connect(mallory).close())
				.hasMessageContaining("too many connections for role \"" + mallory.path("username").asString() + "\"");
		}
		finally {
			for (Connection connection : open) {
				connection.close();
			}
		}
	}

	@Test
	void aStatementPastItsTimeoutIsCancelled() throws SQLException {
		try (Connection connection = DatabasesClient.connect(mallory);
				Statement statement = connection.createStatement()) {
			assertThatThrownBy(() -> statement.execute("SELECT pg_sleep(30)"))
				.hasMessageContaining("canceling statement due to statement timeout");
		}
	}

	@Test
	void anotherTenantsSessionIsNeitherReadNorEnded() throws SQLException {
		try (Connection victims = DatabasesClient.connect(victim);
				Statement theirs = victims.createStatement();
				Connection connection = DatabasesClient.connect(mallory);
				Statement statement = connection.createStatement()) {
			theirs.execute("SELECT 'the victim''s secret'");

			try (ResultSet rows = statement.executeQuery("SELECT query FROM pg_stat_activity WHERE usename = '"
					+ victim.path("username").asString() + "'")) {
				assertThat(rows.next()).as("the victim's session is listed").isTrue();
				assertThat(rows.getString(1)).isEqualTo("<insufficient privilege>");
			}
			assertThatThrownBy(() -> statement.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
					+ " WHERE usename = '" + victim.path("username").asString() + "'"))
				.hasMessageContaining("permission denied to terminate process");
			assertThat(victims.isValid(2)).isTrue();
		}
	}

	/**
	 * CVE-2018-1058's attack on the admin: where a tenant may create in a schema of the
	 * admin's database (an older server's {@code public}, here granted on purpose), it
	 * plants functions that match the admin's calls more exactly than pg_catalog's, which
	 * would run as the admin, a member of every tenant's role. They never run: the
	 * admin's connections search pg_catalog only, and name it in every call.
	 */
	@Test
	void functionsPlantedWhereTheAdminLooksNeverRun() throws SQLException {
		String database = "planted_" + Long.toHexString(System.nanoTime());
		String role = mallory.path("username").asString();
		jdbc.sql("CREATE DATABASE " + database).update();
		JdbcConnectionDetails server = TestPostgres.connectionDetails();
		String url = server.getJdbcUrl().replaceFirst("(jdbc:postgresql://[^/]+/)[^?]*", "$1" + database);
		JdbcClient asSuperuser = JdbcClient
			.create(new DriverManagerDataSource(url, server.getUsername(), server.getPassword()));
		try (HikariDataSource admin = DatabasesConfiguration.adminPool("planted", url, server.getUsername(),
				server.getPassword())) {
			asSuperuser.sql("GRANT CONNECT ON DATABASE " + database + " TO " + role).update();
			asSuperuser.sql("GRANT CREATE ON SCHEMA public TO " + role).update();
			try (Connection connection = DatabasesClient.connect(url, role, mallory.path("password").asString());
					Statement statement = connection.createStatement()) {
				statement.execute("""
						CREATE TABLE public.ran_as (who name);
						GRANT INSERT ON public.ran_as TO PUBLIC;
						CREATE FUNCTION public.starts_with(name, text) RETURNS boolean LANGUAGE sql AS $$
						    INSERT INTO public.ran_as VALUES (current_user) RETURNING pg_catalog.starts_with($1, $2) $$;
						CREATE FUNCTION public.quote_ident(name) RETURNS text LANGUAGE sql AS $$
						    INSERT INTO public.ran_as VALUES (current_user) RETURNING pg_catalog.quote_ident($1) $$""");
			}
			TenantServer planted = new TenantServer("planted", admin, "localhost", 5432, null, null);

			Throwable listing = catchThrowable(() -> roles.tenantsOnServer(planted));
			Throwable closing = catchThrowable(() -> publicAccess.closeToPublic(planted));

			assertThat(asSuperuser.sql("SELECT who FROM public.ran_as").query(String.class).list())
				.as("roles the planted functions ran as")
				.isEmpty();
			assertThat(listing).isNull();
			assertThat(closing).isNull();
		}
		finally {
			jdbc.sql("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)").update();
		}
	}

	private JsonNode created(long user) {
		DatabasesClient.Answer answer = client.create(user);
		assertThat(answer.status()).as(answer.body().toString()).isEqualTo(201);
		return answer.body();
	}

}
