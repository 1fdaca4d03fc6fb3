package dev.exemplar.databases;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import tools.jackson.databind.JsonNode;

import dev.exemplar.testsupport.ServiceTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The size check, run by hand here (under the test profile its schedule is a day away): a
 * database grown past its limit stops taking writes, and its owner sees so; shrunk, it
 * takes them again. An empty database takes about 7.5 MB; the limit is 16. Between two
 * checks, a read answers the last measure (MeasuredUsage).
 */
@ServiceTest
@TestPropertySource(properties = "exemplar.databases.bounds.size-limit=16MB")
class SizeCheckTests {

	private static final long USER = 48;

	@LocalServerPort
	int port;

	@Autowired
	SizeCheck sizeCheck;

	@Autowired
	Placement placement;

	DatabasesClient client;

	@AfterEach
	void deleteAll() {
		client.send(USER, "GET", "/databases")
			.body()
			.forEach(database -> client.send(USER, "DELETE", "/databases/" + database.path("id").asString()));
	}

	@Test
	void overItsLimitADatabaseTakesNoMoreWritesUntilItsOwnerShrinksIt() throws Exception {
		client = new DatabasesClient(port);
		JsonNode database = client.create(USER).body();
		String path = "/databases/" + database.path("id").asString();
		assertThat(client.send(USER, "GET", path).body().path("state").asString()).isEqualTo("writable");

		try (Connection open = DatabasesClient.connect(database); Statement sql = open.createStatement()) {
			sql.execute("CREATE TABLE filler AS SELECT repeat('x', 1000) AS body FROM generate_series(1, 12000)");

			assertThat(sizeCheck.check(server())).as("databases changed").isEqualTo(1);

			assertThat(open.isValid(2)).as("the session that wrote past the limit").isFalse();
		}
		JsonNode over = client.send(USER, "GET", path).body();
		assertThat(over.path("state").asString()).isEqualTo("read_only");
		assertThat(over.path("size_limit_bytes").asLong()).isEqualTo(16L * 1024 * 1024);
		assertThat(over.path("size_bytes").asLong()).isGreaterThan(over.path("size_limit_bytes").asLong());
		try (Connection connection = DatabasesClient.connect(database); Statement sql = connection.createStatement()) {
			assertThatThrownBy(() -> sql.execute("INSERT INTO filler VALUES ('more')"))
				.hasMessageContaining("cannot execute INSERT in a read-only transaction");
			// what its owner does to shrink it: a default of its session, which it may
			// SET
			sql.execute("SET default_transaction_read_only = off");
			sql.execute("DROP TABLE filler");
		}

		assertThat(sizeCheck.check(server())).isEqualTo(1);

		assertThat(client.send(USER, "GET", path).body().path("state").asString()).isEqualTo("writable");
		try (Connection connection = DatabasesClient.connect(database); Statement sql = connection.createStatement()) {
			sql.execute("CREATE TABLE notes (body text); INSERT INTO notes VALUES ('written again')");
		}
	}

	@Test
	void betweenTwoChecksItsOwnerReadsTheLastMeasureOfItsSize() throws Exception {
		client = new DatabasesClient(port);
		JsonNode database = client.create(USER).body();
		String path = "/databases/" + database.path("id").asString();
		long measured = client.send(USER, "GET", path).body().path("size_bytes").asLong();
		try (Connection open = DatabasesClient.connect(database); Statement sql = open.createStatement()) {
			sql.execute("CREATE TABLE filler AS SELECT repeat('x', 1000) AS body FROM generate_series(1, 4000)");
		}

		assertThat(client.send(USER, "GET", path).body().path("size_bytes").asLong()).as("read again before a check")
			.isEqualTo(measured);

		sizeCheck.check(server());

		assertThat(client.send(USER, "GET", path).body().path("size_bytes").asLong()).as("read after the check")
			.isGreaterThan(measured + 4_000_000);
	}

	private TenantServer server() {
		return placement.servers().iterator().next();
	}

}
