package dev.exemplar.databases;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.exemplar.testsupport.UsersServiceStandIn;

/**
 * A user of the service's databases over real HTTP, signed in with the users service's
 * stand-in; and their connections.
 */
public record DatabasesClient(int port) {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	public record Answer(int status, JsonNode body, java.net.http.HttpHeaders headers) {
	}

	/**
	 * The same request sent by {@code clients} clients at once (each on its own thread,
	 * let go together).
	 */
	static List<Answer> atOnce(int clients, Supplier<Answer> request) {
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(clients);
		try {
			List<CompletableFuture<Answer>> answers = IntStream.range(0, clients)
				.mapToObj(i -> CompletableFuture.supplyAsync(() -> {
					try {
						start.await();
					}
					catch (InterruptedException e) {
						throw new IllegalStateException(e);
					}
					return request.get();
				}, threads))
				.toList();
			start.countDown();
			return answers.stream().map(CompletableFuture::join).toList();
		}
		finally {
			threads.shutdownNow();
		}
	}

	public Answer create(long user) {
		return send(user, "POST", "/databases");
	}

	/** A creation with an Idempotency-Key. */
	Answer create(long user, String idempotencyKey) {
		return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/databases"))
			.header("Authorization", "Bearer " + UsersServiceStandIn.token(user))
			.header("Idempotency-Key", idempotencyKey)
			.POST(HttpRequest.BodyPublishers.noBody())
			.timeout(Duration.ofSeconds(60))
			.build());
	}

	public Answer send(long user, String method, String path) {
		return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", "Bearer " + UsersServiceStandIn.token(user))
			.method(method, HttpRequest.BodyPublishers.noBody())
			.timeout(Duration.ofSeconds(60))
			.build());
	}

	private static Answer send(HttpRequest request) {
		try {
			HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
			return new Answer(response.statusCode(),
					response.body().isEmpty() ? JSON.missingNode() : JSON.readTree(response.body()),
					response.headers());
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	/** Connects exactly as the answer says: its JDBC URL, user name and password. */
	static Connection connect(JsonNode database) throws SQLException {
		return connect(database.path("jdbc_url").asString(), database.path("username").asString(),
				database.path("password").asString());
	}

	static Connection connect(String jdbcUrl, String user, String password) throws SQLException {
		return DriverManager.getConnection(jdbcUrl, user, password);
	}
}
