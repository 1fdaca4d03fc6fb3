package dev.exemplar.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import dev.exemplar.ExemplarApplication;
import dev.exemplar.testsupport.UsersServiceStandIn;
import dev.exemplar.postgres.TestPostgres;
import dev.exemplar.databases.DatabasesClient;

/**
 * Databases on demand, timed: {@value #DATABASES} databases created one after another and
 * dropped, on the tests' PostgreSQL (the service's own server as its tenant server, as
 * under dev and test); then {@code GET /latest} one request after another while
 * {@value #AT_ONCE} creations run at once, against the same requests with no creation
 * running. The service runs in this JVM, over real HTTP, signed in through the users
 * service's stand-in, with a quota of {@value #AT_ONCE} databases a user. Prints figures;
 * asserts nothing but that every creation and deletion succeeded. How to run it, and its
 * latest figures: docs-site/guides/benchmarks.adoc.
 */
public final class DatabasesBenchmark {

	private static final int DATABASES = 200;

	private static final int AT_ONCE = 20;

	private static final int LATEST_REQUESTS = 200;

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	public static void main(String[] args) {
		try {
			run();
		}
		catch (Exception e) {
			e.printStackTrace();
			System.exit(1); // the users service's stand-in would keep the JVM up
		}
		System.exit(0);
	}

	private static void run() throws Exception {
		JdbcConnectionDetails database = TestPostgres.connectionDetails();
		List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--spring.main.banner-mode=off",
				"--spring.datasource.url=" + database.getJdbcUrl(),
				"--spring.datasource.username=" + database.getUsername(),
				"--exemplar.users-service.url=" + UsersServiceStandIn.url(), "--exemplar.databases.quota=" + AT_ONCE,
				"--logging.level.dev.exemplar=WARN"));
		if (database.getPassword() != null) {
			arguments.add("--spring.datasource.password=" + database.getPassword());
		}
		try (ConfigurableApplicationContext service = SpringApplication.from(ExemplarApplication::main)
			.run(arguments.toArray(String[]::new))
			.getApplicationContext()) {
			DatabasesClient client = new DatabasesClient(
					((WebServerApplicationContext) service).getWebServer().getPort());
			URI latest = URI.create("http://localhost:" + client.port() + "/latest?limit=10");

			List<Long> creations = new ArrayList<>();
			List<Long> deletions = new ArrayList<>();
			for (int i = 0; i < DATABASES; i++) {
				long user = 1 + i % AT_ONCE;
				long started = System.nanoTime();
				String id = created(client.create(user));
				long made = System.nanoTime();
				deleted(client.send(user, "DELETE", "/databases/" + id));
				creations.add(made - started);
				deletions.add(System.nanoTime() - made);
			}

			List<Long> quiet = latest(latest, LATEST_REQUESTS);
			ExecutorService creators = Executors.newFixedThreadPool(AT_ONCE);
			List<Long> busy;
			List<String> made;
			try {
				List<CompletableFuture<String>> creating = IntStream.range(0, AT_ONCE)
					.mapToObj(i -> CompletableFuture.supplyAsync(() -> created(client.create(1)), creators))
					.toList();
				busy = latest(latest, LATEST_REQUESTS, creating);
				made = creating.stream().map(CompletableFuture::join).toList();
			}
			finally {
				creators.shutdown();
			}
			for (int i = 0; i < made.size(); i++) {
				deleted(client.send(1, "DELETE", "/databases/" + made.get(i)));
			}

			System.out.printf("%nDatabases on demand: %d created and dropped one after another (%d cores)%n", DATABASES,
					Runtime.getRuntime().availableProcessors());
			System.out.printf("  creation  median %4d ms   p95 %4d ms   max %4d ms%n", percentile(creations, 50),
					percentile(creations, 95), percentile(creations, 100));
			System.out.printf("  deletion  median %4d ms   p95 %4d ms   max %4d ms%n", percentile(deletions, 50),
					percentile(deletions, 95), percentile(deletions, 100));
			System.out.printf("GET /latest, %d requests one after another:%n", LATEST_REQUESTS);
			System.out.printf("  alone                          median %4d ms   p99 %4d ms%n", percentile(quiet, 50),
					percentile(quiet, 99));
			System.out.printf("  while %d creations run at once  median %4d ms   p99 %4d ms  (%d requests)%n", AT_ONCE,
					percentile(busy, 50), percentile(busy, 99), busy.size());
		}
	}

	/**
	 * Requests one after another: {@code count} of them, and on while any of
	 * {@code meanwhile} has not ended.
	 */
	@SafeVarargs
	private static List<Long> latest(URI uri, int count, List<CompletableFuture<String>>... meanwhile)
			throws Exception {
		List<Long> nanos = new ArrayList<>();
		while (nanos.size() < count
				|| meanwhile.length > 0 && meanwhile[0].stream().anyMatch(creation -> !creation.isDone())) {
			long started = System.nanoTime();
			HttpResponse<Void> answer = HTTP.send(HttpRequest.newBuilder(uri).build(),
					HttpResponse.BodyHandlers.discarding());
			if (answer.statusCode() != 200) {
				throw new IllegalStateException("GET /latest answered " + answer.statusCode());
			}
			nanos.add(System.nanoTime() - started);
		}
		return nanos;
	}

	private static String created(DatabasesClient.Answer answer) {
		if (answer.status() != 201) {
			throw new IllegalStateException("A creation answered " + answer.status() + ": " + answer.body());
		}
		return answer.body().path("id").asString();
	}

	private static void deleted(DatabasesClient.Answer answer) {
		if (answer.status() != 204) {
			throw new IllegalStateException("A deletion answered " + answer.status() + ": " + answer.body());
		}
	}

	private static long percentile(List<Long> nanos, int percent) {
		List<Long> sorted = new ArrayList<>(nanos);
		Collections.sort(sorted);
		return sorted.get(Math.min(sorted.size() - 1, sorted.size() * percent / 100)) / 1_000_000;
	}

}
