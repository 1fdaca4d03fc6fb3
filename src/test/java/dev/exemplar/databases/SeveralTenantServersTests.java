package dev.exemplar.databases;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import dev.exemplar.testsupport.IntegrationTest;
import dev.exemplar.testsupport.ServiceTest;
import dev.exemplar.postgres.StoppablePostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two tenant servers of their own, listed (exemplar.databases.servers), each administered
 * by the guide's least-privilege role and holding two databases at most: new databases
 * spread over them; while the first is down, they go to the second, and the first's
 * databases answer 503 on rotation and deletion but are still listed; once it is back,
 * everything works. The start's sweep goes through each server.
 */
@IntegrationTest
@ServiceTest
class SeveralTenantServersTests {

	@TempDir
	static Path directory;

	static StoppablePostgres first;
	static StoppablePostgres second;

	/**
	 * On each server before the start, what a creation of this deployment cut short an
	 * hour ago leaves.
	 */
	static final Map<StoppablePostgres, String> leftovers = new HashMap<>();

	@LocalServerPort
	int port;

	@Autowired
	Placement placement;

	@Autowired
	LeftoverSweep sweep;

	DatabasesClient client;

	/** Each creation, by the user who made it, to delete after each test. */
	final List<Made> made = new ArrayList<>();

	record Made(long user, String id) {
	}

	@DynamicPropertySource
	static void tenantServers(DynamicPropertyRegistry registry) throws Exception {
		first = server("first");
		second = server("second");
		int i = 0;
		for (StoppablePostgres server : List.of(first, second)) {
			String entry = "exemplar.databases.servers[" + i++ + "].";
			registry.add(entry + "name", () -> server == first ? "first" : "second");
			registry.add(entry + "admin-url", server::jdbcUrl);
			registry.add(entry + "admin-username", () -> "tenant_admin");
			registry.add(entry + "admin-password", () -> "admin-secret");
			registry.add(entry + "capacity", () -> "2");
		}
		registry.add("exemplar.databases.bounds.server-kept-connections", () -> "2");
		registry.add("exemplar.databases.deployment-id", () -> "several");
	}

	private static StoppablePostgres server(String name) throws Exception {
		StoppablePostgres server = new StoppablePostgres(directory.resolve(name), Map.of("max_connections", "30"));
		try (Connection postgres = DriverManager.getConnection(server.jdbcUrl(), "postgres", "")) {
			postgres.createStatement().execute(SeparateTenantServerTests.LEAST_PRIVILEGE_ADMIN);
		}
		// as the admin made it: an admin who is no superuser may drop only the roles it
		// made
		try (Connection admin = DriverManager.getConnection(server.jdbcUrl(), "tenant_admin", "admin-secret")) {
			String leftover = TenantNames.next();
			admin.createStatement()
				.execute("CREATE ROLE " + TenantNames.quoted(leftover) + "; COMMENT ON ROLE "
						+ TenantNames.quoted(leftover) + " IS '"
						+ new DeploymentMark("several").comment(Instant.now().minus(Duration.ofHours(1))) + "'");
			leftovers.put(server, leftover);
		}
		return server;
	}

	@AfterAll
	static void stopServers() throws IOException {
		first.close();
		second.close();
	}

	@BeforeEach
	void client() {
		client = new DatabasesClient(port);
	}

	@AfterEach
	void deleteWhatWasMade() {
		made.forEach(database -> client.send(database.user(), "DELETE", "/databases/" + database.id()));
	}

	@Test
	void theStartsSweepWentThroughEachServer() throws SQLException {
		sweep.awaitSweepAtStart();

		for (StoppablePostgres server : List.of(first, second)) {
			try (Connection postgres = DriverManager.getConnection(server.jdbcUrl(), "postgres", "");
					ResultSet roles = postgres.createStatement()
						.executeQuery(
								"SELECT count(*) FROM pg_roles WHERE rolname = '" + leftovers.get(server) + "'")) {
				roles.next();
				assertThat(roles.getInt(1)).as("the leftover on %s", server.jdbcUrl()).isZero();
			}
		}
	}

	@Test
	void aServerThatDoesNotAnswerTakesNoNewDatabasesAndItsOwnAnswer503TillItIsBack() throws Exception {
		DatabasesClient.Answer onFirst = create(41);
		assertThat(onFirst.body().path("port").asInt()).as("both empty: the first listed").isEqualTo(port(first));
		String id = onFirst.body().path("id").asString();

		first.crash();
		DatabasesClient.Answer rotation;
		DatabasesClient.Answer deletion;
		DatabasesClient.Answer listing;
		List<DatabasesClient.Answer> meanwhile;
		DatabasesClient.Answer noRoom;
		try {
			meanwhile = List.of(create(42), create(43));
			noRoom = client.create(44);
			listing = client.send(41, "GET", "/databases");
			rotation = client.send(41, "POST", "/databases/" + id + "/password");
			deletion = client.send(41, "DELETE", "/databases/" + id);
		}
		finally {
			first.start();
			awaitAdminConnection("first");
		}

		assertThat(meanwhile).extracting(DatabasesClient.Answer::status).containsOnly(201);
		assertThat(meanwhile).extracting(answer -> answer.body().path("port").asInt()).containsOnly(port(second));
		assertThat(noRoom.status()).as("the second is full, the first does not answer").isEqualTo(503);
		for (DatabasesClient.Answer refused : List.of(rotation, deletion)) {
			assertThat(refused.status()).isEqualTo(503);
			assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
			assertThat(refused.body().path("detail").asString())
				.isEqualTo("The database server did not answer; try again later.");
		}
		assertThat(listing.status()).isEqualTo(200);
		assertThat(listing.body().toString()).as("listed from the records").contains(id);

		assertThat(client.send(41, "DELETE", "/databases/" + id).status()).as("the deletion retried").isEqualTo(204);
		made.remove(0);
		DatabasesClient.Answer back = create(44);
		assertThat(back.status()).isEqualTo(201);
		assertThat(back.body().path("port").asInt()).as("the only room is the first's").isEqualTo(port(first));
		assertThat(client.send(44, "POST", "/databases/" + back.body().path("id").asString() + "/password").status())
			.isEqualTo(200);
	}

	@Test
	void whenNoServerAnswersACreationIsAsked503ToComeBackSoon() throws Exception {
		first.crash();
		second.crash();
		DatabasesClient.Answer refused;
		try {
			refused = client.create(45);
		}
		finally {
			first.start();
			second.start();
			awaitAdminConnection("first");
			awaitAdminConnection("second");
		}

		assertThat(refused.status()).isEqualTo(503);
		assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(refused.headers().firstValue("Retry-After")).hasValue("30");
		assertThat(client.send(45, "GET", "/databases").body()).as("nothing recorded").isEmpty();
	}

	@Test
	void newDatabasesGoToTheServerWithTheMostRoomTillBothAreFull() {
		List<Integer> ports = new ArrayList<>();
		for (long user = 31; user <= 34; user++) {
			DatabasesClient.Answer created = create(user);
			assertThat(created.status()).isEqualTo(201);
			ports.add(created.body().path("port").asInt());
		}
		DatabasesClient.Answer full = client.create(35);

		assertThat(ports).as("two on each")
			.containsExactlyInAnyOrder(port(first), port(first), port(second), port(second));
		assertThat(full.status()).isEqualTo(503);
		assertThat(full.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(full.headers().firstValue("Retry-After")).hasValue("600");
		assertThat(full.body().path("detail").asString())
			.isEqualTo("The database server holds as many databases as it may; try again later.");
	}

	/** A creation by {@code user}, deleted after the test when it made one. */
	private DatabasesClient.Answer create(long user) {
		DatabasesClient.Answer created = client.create(user);
		if (created.status() == 201) {
			made.add(new Made(user, created.body().path("id").asString()));
		}
		return created;
	}

	/**
	 * Once a server is back, its admin pool connects again within its backoff (up to 5
	 * s), not at once: the service answers 503 meanwhile, which this test has shown
	 * already.
	 */
	private void awaitAdminConnection(String server) throws InterruptedException {
		DataSource admin = placement.named(server).orElseThrow().admin();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (true) {
			try (Connection connection = admin.getConnection()) {
				return;
			}
			catch (SQLException e) {
				if (System.nanoTime() > deadline) {
					throw new IllegalStateException("Tenant server '" + server + "' not back within 30 s", e);
				}
				TimeUnit.MILLISECONDS.sleep(200);
			}
		}
	}

	private static int port(StoppablePostgres server) {
		String url = server.jdbcUrl();
		return Integer.parseInt(url.substring(url.lastIndexOf(':') + 1, url.lastIndexOf('/')));
	}

}
