package dev.exemplar.databases;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import dev.exemplar.postgres.TestPostgres;
import dev.exemplar.testsupport.ServiceTest;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a spec cannot show: one user's burst of creations leaves the pool to everyone
 * else. Under production's pool wait (half a second, then 503), twenty creations by one
 * user are held up on that user's advisory lock, taken here as another instance's
 * creation would hold it; meanwhile another user's requests and the probe are all served,
 * and once the lock is let go the burst still makes exactly the quota (3) and refuses the
 * rest. Counts, not timings: the burst is held until the other user is done.
 */
@ServiceTest
@TestPropertySource(properties = "spring.datasource.hikari.connection-timeout=500")
class CreationBurstTests {

	private static final Logger log = LoggerFactory.getLogger(CreationBurstTests.class);

	private static final long USER = 38;

	private static final long OTHER_USER = 39;

	private static final int CLIENTS = 20;

	/** More than the pool's ten connections. */
	private static final int OTHER_REQUESTS = 12;

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Test
	void oneUsersBurstOfCreationsLeavesTheOtherUsersServed() throws Exception {
		DatabasesClient client = new DatabasesClient(port);
		List<Integer> others = new ArrayList<>();
		CompletableFuture<List<DatabasesClient.Answer>> burst;
		try (Connection otherInstance = superuser()) {
			otherInstance.createStatement().execute("SELECT pg_advisory_lock(" + USER + ")");
			burst = CompletableFuture.supplyAsync(() -> DatabasesClient.atOnce(CLIENTS, () -> client.create(USER)));
			awaitWaitingOnTheUsersLock(otherInstance);
			for (int i = 0; i < OTHER_REQUESTS; i++) {
				others.add(client.send(OTHER_USER, "GET", "/databases").status());
				others.add(probe());
			}
			others.add(client.create(OTHER_USER).status());
			otherInstance.createStatement().execute("SELECT pg_advisory_unlock(" + USER + ")");
		}
		List<DatabasesClient.Answer> answers = burst.join();

		Map<Integer, Long> statuses = answers.stream()
			.collect(Collectors.groupingBy(DatabasesClient.Answer::status, Collectors.counting()));
		log.info("{} held creations for one user answered {}; the other user's requests {}", CLIENTS, statuses, others);
		assertThat(others).allMatch(status -> status / 100 == 2);
		assertThat(statuses).isEqualTo(Map.of(201, 3L, 409, 17L));

		for (long user : List.of(USER, OTHER_USER)) {
			client.send(user, "GET", "/databases")
				.body()
				.forEach(database -> assertThat(
						client.send(user, "DELETE", "/databases/" + database.path("id").asString()).status())
					.isEqualTo(204));
		}
	}

	/**
	 * Waits until one of the user's creations waits for the lock held (a bound, not a
	 * timing: it comes in milliseconds).
	 */
	private static void awaitWaitingOnTheUsersLock(Connection connection) throws SQLException, InterruptedException {
		try (PreparedStatement waiting = connection.prepareStatement("""
				SELECT count(*) FROM pg_catalog.pg_locks
				WHERE locktype = 'advisory' AND NOT granted AND classid = 0 AND objid = ?""")) {
			waiting.setLong(1, USER);
			for (int i = 0; i < 1000; i++) {
				try (ResultSet rows = waiting.executeQuery()) {
					rows.next();
					if (rows.getLong(1) > 0) {
						return;
					}
				}
				Thread.sleep(20);
			}
		}
		throw new AssertionError("no creation came to wait for the user's advisory lock");
	}

	/** The probe answers text, not JSON. */
	private int probe() throws IOException, InterruptedException {
		return HTTP
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/probe_status")).build(),
					HttpResponse.BodyHandlers.discarding())
			.statusCode();
	}

	private static Connection superuser() throws SQLException {
		JdbcConnectionDetails details = TestPostgres.connectionDetails();
		return DriverManager.getConnection(details.getJdbcUrl(), details.getUsername(), details.getPassword());
	}

}
