package dev.exemplar.databases;

import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.LongStream;

import dev.exemplar.testsupport.ServiceTest;
import dev.exemplar.postgres.TestPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a spec cannot show: a slow tenant server slows only the requests that need it. A
 * transaction on the tenant server (here the test's PostgreSQL) holds the rows of 21
 * users' databases in {@code pg_database}, which their {@code DROP DATABASE} must wait
 * for; 21 deletions are sent at once; meanwhile {@code GET /latest}, which needs the
 * service's own pool, answers at once. The deletions answer 503 in bounded time, and,
 * retried once the lock is gone, finish. And a rotation that a deletion overtakes while
 * the server is slow answers no password.
 */
@ServiceTest
class SlowTenantServerTests {

	private static final Logger log = LoggerFactory.getLogger(SlowTenantServerTests.class);

	/**
	 * Seven users at the quota of three: more deletions at once than the service's pool
	 * has connections (10).
	 */
	private static final long FIRST_USER = 30;

	private static final int USERS = 7;

	/**
	 * Far above what GET /latest takes, far below the service's pool timeout plus any
	 * wait for a lock.
	 */
	private static final Duration PROMPT = Duration.ofSeconds(1);

	@LocalServerPort
	int port;

	DatabasesClient client;

	@BeforeEach
	void client() {
		client = new DatabasesClient(port);
	}

	@Test
	void deletionsWaitingOnTheTenantServerLeaveOtherEndpointsPrompt() throws Exception {
		List<Made> made = new ArrayList<>();
		LongStream.range(FIRST_USER, FIRST_USER + USERS).forEach(user -> {
			for (int i = 0; i < 3; i++) {
				DatabasesClient.Answer answer = client.create(user);
				assertThat(answer.status()).as("creation for user %d", user).isEqualTo(201);
				made.add(
						new Made(user, answer.body().path("id").asString(), answer.body().path("database").asString()));
			}
		});

		List<DatabasesClient.Answer> deletions;
		ExecutorService clients = Executors.newFixedThreadPool(made.size());
		try (Connection holder = superuser()) {
			holder.setAutoCommit(false);
			holdRowsOf(holder, made);
			List<CompletableFuture<DatabasesClient.Answer>> pending = made.stream()
				.map(database -> CompletableFuture.supplyAsync(() -> delete(database), clients))
				.toList();
			awaitWaitingOnLock(1);

			// until the first deletion answers (503: the admin pool's or the lock's
			// timeout), and at least five times
			CompletableFuture<?> firstAnswer = CompletableFuture.anyOf(pending.toArray(CompletableFuture[]::new));
			for (int gets = 0; gets < 5 || !firstAnswer.isDone(); gets++) {
				long start = System.nanoTime();
				DatabasesClient.Answer latest = client.send(FIRST_USER, "GET", "/latest");
				Duration took = Duration.ofNanos(System.nanoTime() - start);
				log.info("GET /latest answered {} in {} ms while deletions waited", latest.status(), took.toMillis());
				assertThat(latest.status()).as("GET /latest while deletions wait").isEqualTo(200);
				assertThat(took).as("GET /latest while deletions wait").isLessThan(PROMPT);
				assertThat(gets).as("GETs before a deletion answered").isLessThan(1_000);
				Thread.sleep(50);
			}
			holder.rollback();
			deletions = pending.stream().map(CompletableFuture::join).toList();
		}
		finally {
			clients.shutdownNow();
		}

		assertThat(deletions).extracting(DatabasesClient.Answer::status).containsOnly(204, 503).contains(503);
		for (int i = 0; i < made.size(); i++) {
			if (deletions.get(i).status() == 503) {
				Made left = made.get(i);
				String path = "/databases/" + left.id();
				assertThat(client.send(left.user(), "GET", path).status()).as("one being deleted").isEqualTo(409);
				assertThat(client.send(left.user(), "POST", path + "/password").status()).isEqualTo(409);
				assertThat(delete(left).status()).as("a retried deletion").isEqualTo(204);
			}
		}
		assertThat(namesOnServer(made)).isEmpty();
	}

	@Test
	void aRotationOvertakenByADeletionIsRefused() throws Exception {
		long user = 37;
		DatabasesClient.Answer created = client.create(user);
		Made made = new Made(user, created.body().path("id").asString(), created.body().path("database").asString());
		String path = "/databases/" + made.id();

		CompletableFuture<DatabasesClient.Answer> rotation;
		CompletableFuture<DatabasesClient.Answer> deletion;
		try (Connection holder = superuser()) {
			holder.setAutoCommit(false);
			try (PreparedStatement lock = holder
				.prepareStatement("SELECT rolname FROM pg_catalog.pg_authid WHERE rolname = ? FOR UPDATE")) {
				lock.setString(1, made.name());
				lock.executeQuery().close();
			}
			rotation = CompletableFuture.supplyAsync(() -> client.send(user, "POST", path + "/password"));
			awaitWaitingOnLock(1);
			deletion = CompletableFuture.supplyAsync(() -> delete(made));
			// the deletion has marked the record, dropped the database, and waits to drop
			// the role
			awaitWaitingOnLock(2);
			holder.rollback();
		}

		// DROP ROLE may find the role's row changed under it by the rotation (503); the
		// deletion, retried, ends
		if (deletion.join().status() != 204) {
			assertThat(deletion.join().status()).isEqualTo(503);
			assertThat(delete(made).status()).as("a retried deletion").isEqualTo(204);
		}
		DatabasesClient.Answer rotated = rotation.join();
		log.info("A rotation overtaken by a deletion answered {}: {}", rotated.status(), rotated.body());
		assertThat(rotated.status()).as("no password of a database deleted meanwhile").isIn(409, 404);
		assertThat(namesOnServer(List.of(made))).isEmpty();
	}

	private DatabasesClient.Answer delete(Made database) {
		return client.send(database.user(), "DELETE", "/databases/" + database.id());
	}

	/**
	 * Locks the databases' rows in the catalog, as an operator's long transaction might.
	 */
	private static void holdRowsOf(Connection holder, List<Made> made) throws SQLException {
		try (PreparedStatement lock = holder
			.prepareStatement("SELECT datname FROM pg_catalog.pg_database WHERE datname = ANY (?) FOR UPDATE")) {
			lock.setArray(1, names(holder, made));
			try (ResultSet rows = lock.executeQuery()) {
				int locked = 0;
				while (rows.next()) {
					locked++;
				}
				assertThat(locked).isEqualTo(made.size());
			}
		}
	}

	/**
	 * Waits until the tenant server shows {@code count} of the admin's statements waiting
	 * for a lock.
	 */
	private static void awaitWaitingOnLock(int count) throws SQLException, InterruptedException {
		try (Connection watcher = superuser(); PreparedStatement waiting = watcher.prepareStatement("""
				SELECT count(*) FROM pg_catalog.pg_stat_activity
				WHERE application_name = 'exemplar-databases' AND wait_event_type = 'Lock'""")) {
			for (int i = 0; i < 100; i++) {
				try (ResultSet rows = waiting.executeQuery()) {
					rows.next();
					if (rows.getLong(1) >= count) {
						return;
					}
				}
				Thread.sleep(20);
			}
		}
		throw new AssertionError("fewer than " + count + " of the admin's statements came to wait for the lock held");
	}

	private static List<String> namesOnServer(List<Made> made) throws SQLException {
		try (Connection connection = superuser(); PreparedStatement names = connection.prepareStatement("""
				SELECT datname FROM pg_catalog.pg_database WHERE datname = ANY (?)
				UNION ALL SELECT rolname FROM pg_catalog.pg_roles WHERE rolname = ANY (?)""")) {
			names.setArray(1, names(connection, made));
			names.setArray(2, names(connection, made));
			List<String> found = new ArrayList<>();
			try (ResultSet rows = names.executeQuery()) {
				while (rows.next()) {
					found.add(rows.getString(1));
				}
			}
			return found;
		}
	}

	private static Array names(Connection connection, List<Made> made) throws SQLException {
		return connection.createArrayOf("text", made.stream().map(Made::name).toArray());
	}

	private static Connection superuser() throws SQLException {
		JdbcConnectionDetails details = TestPostgres.connectionDetails();
		return DriverManager.getConnection(details.getJdbcUrl(), details.getUsername(), details.getPassword());
	}

	private record Made(long user, String id, String name) {
	}

}
