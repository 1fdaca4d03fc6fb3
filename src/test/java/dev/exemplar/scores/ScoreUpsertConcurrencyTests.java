package dev.exemplar.scores;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import dev.exemplar.testsupport.ServiceTest;
import dev.exemplar.testsupport.UsersServiceStandIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a spec cannot show: PUT stays one score under a race. Fifty clients answer the
 * same exercise for the same user at the same moment, over real HTTP connections; exactly
 * one creates the score, the others update it.
 */
@ServiceTest
class ScoreUpsertConcurrencyTests {

	private static final Logger log = LoggerFactory.getLogger(ScoreUpsertConcurrencyTests.class);

	private static final int CLIENTS = 50;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void emptyTable() {
		jdbc.sql("TRUNCATE scores RESTART IDENTITY").update();
	}

	@Test
	void fiftyConcurrentPutsOfTheSameAnswerLeaveOneScore() throws Exception {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
		try {
			List<CompletableFuture<HttpResponse<String>>> responses = IntStream.range(0, CLIENTS)
				.mapToObj(client -> CompletableFuture.supplyAsync(() -> {
					HttpRequest put = HttpRequest
						.newBuilder(URI.create("http://localhost:" + port + "/users/7/exercises/3/score"))
						.header("Content-Type", "application/json")
						.header("Authorization", "Bearer " + UsersServiceStandIn.token(7))
						.PUT(HttpRequest.BodyPublishers.ofString("{\"correct\": " + (client % 2 == 0) + "}"))
						.timeout(Duration.ofSeconds(30))
						.build();
					try {
						start.await();
						return http.send(put, HttpResponse.BodyHandlers.ofString());
					}
					catch (Exception e) {
						throw new IllegalStateException(e);
					}
				}, clients))
				.toList();
			start.countDown();

			Map<Integer, Long> statuses = responses.stream()
				.map(CompletableFuture::join)
				.collect(Collectors.groupingBy(HttpResponse::statusCode, Collectors.counting()));
			log.info("{} concurrent PUTs of one score answered {}", CLIENTS, statuses);

			assertThat(statuses).isEqualTo(Map.of(201, 1L, 200, (long) CLIENTS - 1));
		}
		finally {
			clients.shutdownNow();
		}

		assertThat(jdbc.sql("""
				SELECT count(*) FROM scores WHERE user_id = 7 AND exercise_id = 3 AND updated_at > created_at""")
			.query(Long.class)
			.single()).as("one score, updated after it was created").isEqualTo(1);
		assertThat(jdbc.sql("SELECT count(*) FROM scores").query(Long.class).single()).isEqualTo(1);
	}

}
