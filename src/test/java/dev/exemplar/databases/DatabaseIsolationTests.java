package dev.exemplar.databases;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import tools.jackson.databind.JsonNode;

import dev.exemplar.testsupport.ServiceTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What a provisioned database is, proven by connecting as its role on the real server
 * (the specs show the same once the engine runs SQL): the returned credentials work; a
 * role reaches its own database only; a rotated password and a deleted database are
 * refused; the role has no power beyond its database.
 */
@ServiceTest
class DatabaseIsolationTests {

	private static final long ADA = 31;

	private static final long GRACE = 32;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	DatabasesClient client;

	@BeforeEach
	void client() {
		client = new DatabasesClient(port);
	}

	@AfterEach
	void deleteAll() {
		for (long user : new long[] { ADA, GRACE }) {
			client.send(user, "GET", "/databases")
				.body()
				.forEach(database -> client.send(user, "DELETE", "/databases/" + database.path("id").asString()));
		}
	}

	@Test
	void theAnswerIsEnoughToConnectWriteAndRead() throws SQLException {
		JsonNode database = created(ADA);

		try (Connection connection = DatabasesClient.connect(database); Statement sql = connection.createStatement()) {
			sql.execute("CREATE TABLE notes (id int PRIMARY KEY, body text)");
			sql.execute("INSERT INTO notes VALUES (1, 'hello')");
			try (ResultSet rows = sql.executeQuery("SELECT body FROM notes")) {
				assertThat(rows.next()).isTrue();
				assertThat(rows.getString(1)).isEqualTo("hello");
			}
		}
		assertThat(database.path("uri").asString()).isEqualTo("postgresql://" + database.path("username").asString()
				+ ":" + database.path("password").asString() + "@" + database.path("host").asString() + ":"
				+ database.path("port").asInt() + "/" + database.path("database").asString());
		assertThat(database.path("password").asString()).as("256 bits, URL-safe Base64").matches("[A-Za-z0-9_-]{43}");
	}

	@Test
	void laterReadsOmitThePassword() {
		JsonNode database = created(ADA);

		JsonNode read = client.send(ADA, "GET", "/databases/" + database.path("id").asString()).body();

		assertThat(read.has("password")).isFalse();
		assertThat(read.path("uri").asString()).doesNotContain(database.path("password").asString())
			.doesNotContain(":@");
		assertThat(client.send(ADA, "GET", "/databases").body().toString())
			.doesNotContain(database.path("password").asString());
	}

	@Test
	void aRoleReachesItsOwnDatabaseOnly() {
		JsonNode ada = created(ADA);
		JsonNode grace = created(GRACE);
		String serviceDatabase = jdbc.sql("SELECT current_database()").query(String.class).single();

		for (String other : new String[] { ada.path("database").asString(), "postgres", "template1",
				serviceDatabase }) {
			assertThatThrownBy(() -> DatabasesClient
				.connect(jdbcUrl(grace, other), grace.path("username").asString(), grace.path("password").asString())
				.close()).as("%s's role connecting to %s", "grace", other)
				.hasMessageContaining("permission denied for database");
		}
	}

	@Test
	void theRoleHasNoPowerBeyondItsDatabase() {
		JsonNode database = created(ADA);

		String attributes = jdbc.sql("""
				SELECT concat_ws(',', rolsuper, rolcreatedb, rolcreaterole, rolreplication, rolbypassrls, rolcanlogin)
				FROM pg_roles WHERE rolname = :name""")
			.param("name", database.path("username").asString())
			.query(String.class)
			.single();
		String owner = jdbc.sql("SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = :name")
			.param("name", database.path("database").asString())
			.query(String.class)
			.single();

		assertThat(attributes).as("superuser, createdb, createrole, replication, bypassrls, login")
			.isEqualTo("f,f,f,f,f,t");
		assertThat(owner).isEqualTo(database.path("username").asString());
		assertThat(database.path("database").asString()).matches("exdb_[a-z0-9]{16}");
	}

	@Test
	void aNewPasswordReplacesTheOld() throws SQLException {
		JsonNode database = created(ADA);

		JsonNode changed = client.send(ADA, "POST", "/databases/" + database.path("id").asString() + "/password")
			.body();

		assertThat(changed.path("password").asString()).isNotEqualTo(database.path("password").asString());
		assertThatThrownBy(() -> DatabasesClient.connect(database).close())
			.hasMessageContaining("password authentication failed");
		DatabasesClient.connect(changed).close();
	}

	@Test
	void aDeletedDatabaseIsGoneWithItsRoleEvenWhileConnected() throws SQLException {
		JsonNode database = created(ADA);
		String name = database.path("database").asString();

		try (Connection open = DatabasesClient.connect(database)) {
			assertThat(client.send(ADA, "DELETE", "/databases/" + database.path("id").asString()).status())
				.isEqualTo(204);
			assertThat(open.isValid(2)).as("its session was ended").isFalse();
		}

		assertThatThrownBy(() -> DatabasesClient.connect(database).close()).isInstanceOf(SQLException.class);
		assertThat(jdbc.sql("SELECT count(*) FROM pg_database WHERE datname = :n")
			.param("n", name)
			.query(Long.class)
			.single()).isZero();
		assertThat(jdbc.sql("SELECT count(*) FROM pg_roles WHERE rolname = :n")
			.param("n", name)
			.query(Long.class)
			.single()).isZero();
		assertThat(client.send(ADA, "GET", "/databases/" + database.path("id").asString()).status()).isEqualTo(404);
	}

	@Test
	void anotherUsersDatabaseIsAnsweredAsOneThatDoesNotExist() {
		String id = created(ADA).path("id").asString();

		DatabasesClient.Answer others = client.send(GRACE, "GET", "/databases/" + id);
		DatabasesClient.Answer nobodys = client.send(GRACE, "GET", "/databases/00000000-0000-4000-8000-000000000000");

		assertThat(others.status()).isEqualTo(404);
		assertThat(others.body().path("detail").asString().replace(id, "ID"))
			.isEqualTo(nobodys.body().path("detail").asString().replace("00000000-0000-4000-8000-000000000000", "ID"));
		assertThat(client.send(GRACE, "DELETE", "/databases/" + id).status()).isEqualTo(404);
		assertThat(client.send(GRACE, "POST", "/databases/" + id + "/password").status()).isEqualTo(404);
	}

	private JsonNode created(long user) {
		DatabasesClient.Answer answer = client.create(user);
		assertThat(answer.status()).as(answer.body().toString()).isEqualTo(201);
		return answer.body();
	}

	private static String jdbcUrl(JsonNode database, String name) {
		return "jdbc:postgresql://" + database.path("host").asString() + ":" + database.path("port").asInt() + "/"
				+ name;
	}

}
