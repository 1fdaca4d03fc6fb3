package dev.exemplar.system;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import javax.sql.DataSource;

import dev.exemplar.testsupport.IntegrationTest;
import dev.exemplar.ExemplarApplication;
import dev.exemplar.testsupport.UsersServiceStandIn;
import dev.exemplar.postgres.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static net.javacrumbs.jsonunit.assertj.JsonAssertions.assertThatJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;

/**
 * Seed 000's deployment: several instances of the service on one PostgreSQL behind a load
 * balancer. Two instances (each a whole Spring application under the prod profile, on a
 * random port) start together on this JVM's test PostgreSQL, behind Debian's nginx
 * running the very template compose.yaml uses (src/main/compose/nginx), over HTTPS with a
 * certificate made for the run, and ask a users service that answers in 50 ms. In order:
 * what one instance writes the other reads; fifty clients racing through nginx for the
 * same keys get the answers the contract promises; plain HTTP is sent to HTTPS, and the
 * service links to where clients call it, whatever a client claims; fifty clients writing
 * with ten tokens get no 503, and each instance asks the users service once per token; an
 * instance told to stop finishes what it is doing while nginx sends new requests to the
 * other; with one instance gone, every request through nginx still succeeds.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScaleOutIT {

	private static final Logger log = LoggerFactory.getLogger(ScaleOutIT.class);

	private static final int CLIENTS = 50;

	/**
	 * The load test's: each of its clients writes this many scores, as one of ten users
	 * (one of ten tokens).
	 */
	private static final int WRITES_PER_CLIENT = 20;

	private static final List<Long> LOAD_USERS = LongStream.rangeClosed(11, 20).boxed().toList();

	private final CountingUsersService usersService = new CountingUsersService();

	private HttpClient http;

	private ConfigurableApplicationContext first;

	private ConfigurableApplicationContext second;

	private Nginx nginx;

	private JdbcClient jdbc;

	@BeforeAll
	void startTwoInstancesBehindNginx() throws Exception {
		// both at once, as compose starts them: Flyway's lock lets one migrate while the
		// other waits. Only their
		// logging and web servers are set up one after the other: Logback is one per JVM,
		// and two configuring it at once
		// race in its reset; two Tomcats made at the same moment in one JVM collide over
		// their temporary directories.
		CompletableFuture<ConfigurableApplicationContext> starting = CompletableFuture
			.supplyAsync(() -> instance("first", LoggingConfigured.class));
		while (!LoggingConfigured.done.await(50, TimeUnit.MILLISECONDS) && !starting.isDone()) {
			// the first instance gets that far, or fails before it could
		}
		if (starting.isCompletedExceptionally()) {
			starting.join();
		}
		second = instance("second");
		first = starting.join();
		// every client here calls from 127.0.0.1: a limit per address that the load test
		// stays under
		nginx = new Nginx(Path.of("target/scale-out-nginx"), "10000r/s", 10000, "127.0.0.1:" + port(first),
				"127.0.0.1:" + port(second));
		http = nginx.client().build();
		jdbc = JdbcClient.create(second.getBean(DataSource.class));
		jdbc.sql("TRUNCATE tweets, scores RESTART IDENTITY").update();
	}

	@AfterAll
	void stopEverything() throws Exception {
		if (nginx != null) {
			nginx.close();
		}
		for (ConfigurableApplicationContext instance : new ConfigurableApplicationContext[] { first, second }) {
			if (instance != null && instance.isActive()) {
				instance.close();
			}
		}
		usersService.close();
	}

	@Test
	@Order(1)
	void whatOneInstanceWritesTheOtherReads() throws Exception {
		HttpResponse<String> created = send(post(instanceUrl(first, "/tweets"),
				"{\"id\": \"both\", \"created_at\": \"2014-08-11T10:00:00Z\", \"text\": \"written on one, read on the other\"}"));
		assertThat(created.statusCode()).isEqualTo(201);

		HttpResponse<String> read = send(HttpRequest.newBuilder(instanceUrl(second, "/tweets/both")).build());
		assertThat(read.statusCode()).isEqualTo(200);
		assertThatJson(read.body()).isEqualTo(created.body());

		HttpResponse<String> put = send(put(instanceUrl(second, "/users/5/exercises/6/score"), "{\"correct\": true}"));
		assertThat(put.statusCode()).isEqualTo(201);
		HttpResponse<String> score = send(HttpRequest
			.newBuilder(instanceUrl(first, URI.create(put.headers().firstValue("Location").orElseThrow()).getPath()))
			.build());
		assertThatJson(score.body()).isEqualTo(put.body());
	}

	@Test
	@Order(2)
	void fiftyClientsRacingThroughNginxForTheSameKeysGetExactAnswers() throws Exception {
		Map<String, Map<Integer, Long>> answers = race(List.of(
				client -> post(viaNginx("/scores"),
						"{\"user_id\": 1, \"exercise_id\": 1, \"correct\": " + (client % 2 == 0) + "}"),
				client -> put(viaNginx("/users/2/exercises/2/score"), "{\"correct\": " + (client % 2 == 0) + "}"),
				client -> post(viaNginx("/tweets"),
						"{\"id\": \"race\", \"created_at\": \"2014-08-11T10:00:00Z\", \"text\": \"client " + client
								+ "\"}")));
		Map<String, Long> upstreams = upstreamsInAccessLog();
		log.info(
				"{} clients each racing through nginx for one score by POST, one by PUT and one tweet: {}; requests by instance: {}",
				CLIENTS, answers, upstreams);

		assertThat(answers.get("POST /scores")).isEqualTo(Map.of(201, 1L, 409, (long) CLIENTS - 1));
		assertThat(answers.get("PUT /users/2/exercises/2/score")).isEqualTo(Map.of(201, 1L, 200, (long) CLIENTS - 1));
		assertThat(answers.get("POST /tweets")).isEqualTo(Map.of(201, 1L, 409, (long) CLIENTS - 1));
		assertThat(jdbc.sql("SELECT count(*) FROM scores WHERE (user_id, exercise_id) IN ((1, 1), (2, 2))")
			.query(Long.class)
			.single()).isEqualTo(2);
		assertThat(jdbc.sql("SELECT count(*) FROM tweets WHERE id = 'race'").query(Long.class).single()).isEqualTo(1);
		assertThat(upstreams).as("nginx shares the requests between both instances").hasSize(2);
	}

	@Test
	@Order(3)
	void overHttpsTheServiceLinksToWhereClientsCallItWhateverAClientClaims() throws Exception {
		HttpResponse<String> plain = send(HttpRequest.newBuilder(nginx.http("/scores?user_id=1")).build());
		assertThat(plain.statusCode()).isEqualTo(308);
		assertThat(plain.headers().firstValue("Location")).hasValue(nginx.publicOrigin() + "/scores?user_id=1");

		HttpRequest score = post(viaNginx("/scores"), "{\"user_id\": 1, \"exercise_id\": 4, \"correct\": true}");
		HttpRequest claiming = HttpRequest.newBuilder(score, (name, value) -> true)
			.header("X-Forwarded-Host", "elsewhere.example")
			.header("X-Forwarded-Proto", "http")
			.header("X-Forwarded-Port", "80")
			.header("Forwarded", "proto=http;host=elsewhere.example")
			.build();
		HttpResponse<String> created = send(claiming);
		assertThat(created.statusCode()).isEqualTo(201);
		String location = created.headers().firstValue("Location").orElseThrow();
		log.info("Through nginx, plain HTTP answered {} to {}; a score made over HTTPS is at {}", plain.statusCode(),
				plain.headers().firstValue("Location").orElseThrow(), location);
		assertThat(location).startsWith(nginx.publicOrigin() + "/scores/");
		HttpResponse<String> read = send(HttpRequest.newBuilder(viaNginx(URI.create(location).getPath())).build());
		assertThatJson(read.body()).isEqualTo(created.body());
	}

	@Test
	@Order(4)
	void fiftyClientsWritingWithTenTokensGetNo503AndTheUsersServiceIsAskedOncePerTokenPerInstance() throws Exception {
		usersService.forgetCalls();
		long started = System.nanoTime();
		List<Integer> statuses = fiftyClientsWriting();
		long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
		Map<String, Map<Long, Long>> calls = usersService.calls();
		log.info(
				"{} clients each writing {} scores through nginx with {} tokens, against a users service answering "
						+ "in {} ms: {} ms, answered {}; the users service was called, per instance and user: {}",
				CLIENTS, WRITES_PER_CLIENT, LOAD_USERS.size(), CountingUsersService.ANSWER_MILLIS, millis,
				count(statuses), calls);

		Map<Long, Long> oncePerUser = LOAD_USERS.stream().collect(Collectors.toMap(user -> user, user -> 1L));
		assertSoftly(softly -> {
			softly.assertThat(calls)
				.as("calls to the users service per instance and user (each caches a token's answer)")
				.isEqualTo(Map.of("first", oncePerUser, "second", oncePerUser));
			softly.assertThat(count(statuses)).as("answers").isEqualTo(Map.of(201, (long) CLIENTS * WRITES_PER_CLIENT));
			softly.assertThat(
					jdbc.sql("SELECT count(*) FROM scores WHERE user_id BETWEEN 11 AND 20").query(Long.class).single())
				.isEqualTo(CLIENTS * WRITES_PER_CLIENT);
		});
	}

	@Test
	@Order(5)
	void anInstanceToldToStopFinishesWhatItIsDoingWhileNginxSendsNewRequestsToTheOther() throws Exception {
		jdbc.sql("INSERT INTO scores (user_id, exercise_id, correct) VALUES (9, 9, false)").update();
		JdbcConnectionDetails database = TestPostgres.connectionDetails();
		ExecutorService background = Executors.newFixedThreadPool(2);
		try (Connection lock = DriverManager.getConnection(database.getJdbcUrl(), database.getUsername(),
				database.getPassword())) {
			// a request that cannot finish until this transaction ends: it waits for the
			// score's row lock
			lock.setAutoCommit(false);
			lock.createStatement().execute("SELECT * FROM scores WHERE user_id = 9 AND exercise_id = 9 FOR UPDATE");
			CompletableFuture<HttpResponse<String>> inFlight = CompletableFuture.supplyAsync(
					() -> sendUnchecked(put(instanceUrl(first, "/users/9/exercises/9/score"), "{\"correct\": true}")),
					background);
			awaitWaitingForALock();

			long stopping = System.nanoTime();
			int firstPort = port(first);
			CompletableFuture<Void> stopped = CompletableFuture.runAsync(first::close, background);
			awaitRefusingConnections(firstPort);
			List<Integer> meanwhile = new ArrayList<>();
			for (int i = 0; i < 20; i++) {
				meanwhile.add(send(HttpRequest.newBuilder(viaNginx("/latest?meanwhile=" + i)).build()).statusCode());
			}
			List<String> answeredMeanwhileBy = answeringUpstreams("meanwhile", meanwhile.size());
			assertThat(inFlight).as("the request in flight is still waiting").isNotDone();
			assertThat(stopped).as("the instance waits for it").isNotDone();
			lock.commit();

			HttpResponse<String> finished = inFlight.get(10, TimeUnit.SECONDS);
			stopped.get(30, TimeUnit.SECONDS);
			log.info(
					"Graceful shutdown: the request in flight answered {} after the instance was told to stop; it stopped {} ms "
							+ "after being told; meanwhile 20 requests through nginx answered {}, by {}",
					finished.statusCode(), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - stopping),
					count(meanwhile), answeredMeanwhileBy);

			assertThat(finished.statusCode()).isEqualTo(200);
			assertThatJson(finished.body()).inPath("correct").isEqualTo(true);
			assertThat(meanwhile).containsOnly(200);
			assertThat(answeredMeanwhileBy).as("the instance that answered each request meanwhile (nginx's access log)")
				.hasSize(meanwhile.size())
				.containsOnly("127.0.0.1:" + port(second));
		}
		finally {
			background.shutdownNow();
		}
	}

	@Test
	@Order(6)
	void withOneInstanceGoneEveryRequestThroughNginxSucceeds() throws Exception {
		assertThat(first.isActive()).as("the first instance was stopped by the test before").isFalse();
		List<Integer> statuses = new ArrayList<>();
		for (int i = 1; i <= 60; i++) {
			statuses.add(send(i % 3 == 0 ? put(viaNginx("/users/3/exercises/" + i + "/score"), "{\"correct\": true}")
					: HttpRequest.newBuilder(viaNginx(i % 3 == 1 ? "/latest" : "/scores?user_id=3")).build())
				.statusCode());
		}
		log.info(
				"With one instance stopped, 60 requests through nginx answered {}; requests by instance(s) since the start: {}",
				count(statuses), upstreamsInAccessLog());
		assertThat(statuses).allMatch(status -> status / 100 == 2);
		assertThat(jdbc.sql("SELECT count(*) FROM scores WHERE user_id = 3").query(Long.class).single()).isEqualTo(20);
	}

	private Map<String, Map<Integer, Long>> race(List<Function<Integer, HttpRequest>> kinds) throws Exception {
		ExecutorService clients = Executors.newFixedThreadPool(CLIENTS * kinds.size());
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<CompletableFuture<Map.Entry<String, Integer>>> answers = new ArrayList<>();
			for (Function<Integer, HttpRequest> kind : kinds) {
				IntStream.range(0, CLIENTS).forEach(client -> answers.add(CompletableFuture.supplyAsync(() -> {
					HttpRequest request = kind.apply(client);
					try {
						start.await();
					}
					catch (InterruptedException e) {
						throw new IllegalStateException(e);
					}
					return Map.entry(request.method() + " " + request.uri().getPath(),
							sendUnchecked(request).statusCode());
				}, clients)));
			}
			start.countDown();
			return answers.stream()
				.map(CompletableFuture::join)
				.collect(Collectors.groupingBy(Map.Entry::getKey, TreeMap::new,
						Collectors.groupingBy(Map.Entry::getValue, TreeMap::new, Collectors.counting())));
		}
		finally {
			clients.shutdownNow();
		}
	}

	/**
	 * The load test: each client writes its own scores, one after the other, as one of
	 * ten users.
	 */
	private List<Integer> fiftyClientsWriting() {
		ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
		try {
			List<CompletableFuture<List<Integer>>> writing = IntStream.range(0, CLIENTS)
				.mapToObj(client -> CompletableFuture.supplyAsync(() -> IntStream.range(0, WRITES_PER_CLIENT)
					.mapToObj(write -> sendUnchecked(loadWrite(client, write)).statusCode())
					.toList(), clients))
				.toList();
			return writing.stream().flatMap(answers -> answers.join().stream()).toList();
		}
		finally {
			clients.shutdownNow();
		}
	}

	/** A new score of its own for each write of each client, as the client's user. */
	private HttpRequest loadWrite(int client, int write) {
		long user = LOAD_USERS.get(client % LOAD_USERS.size());
		int exercise = 1000 + client * WRITES_PER_CLIENT + write;
		return put(viaNginx("/users/" + user + "/exercises/" + exercise + "/score"), "{\"correct\": true}");
	}

	/**
	 * Until a new connection to the port is refused (a stopping instance closes its
	 * listening socket).
	 */
	private static void awaitRefusingConnections(int port) throws InterruptedException {
		for (int i = 0; i < 400; i++) {
			try (Socket socket = new Socket()) {
				socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
			}
			catch (ConnectException refused) {
				return;
			}
			catch (IOException e) {
				// not refused: try again
			}
			TimeUnit.MILLISECONDS.sleep(25);
		}
		throw new AssertionError("The instance on port " + port + " takes connections 10 s after being told to stop");
	}

	private void awaitWaitingForALock() throws InterruptedException {
		for (int i = 0; i < 200; i++) {
			if (jdbc.sql("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'")
				.query(Long.class)
				.single() > 0) {
				return;
			}
			TimeUnit.MILLISECONDS.sleep(25);
		}
		throw new AssertionError("The request never reached the database");
	}

	/**
	 * How many requests each instance (or pair of instances, when nginx tried a second
	 * one) answered.
	 */
	private Map<String, Long> upstreamsInAccessLog() throws Exception {
		return Files.readAllLines(nginx.accessLog())
			.stream()
			.map(line -> line.split(" ", 4)[3])
			.map(upstream -> upstream.replaceAll(" [0-9-]+(, [0-9-]+)*$", ""))
			.collect(Collectors.groupingBy(upstream -> upstream, TreeMap::new, Collectors.counting()));
	}

	/**
	 * The instance that answered each request whose URI holds the marker, from nginx's
	 * access log: the last one nginx tried. Waits for the expected number of lines, as
	 * nginx writes a line once its answer is sent.
	 */
	private List<String> answeringUpstreams(String marker, int expected) throws Exception {
		List<String> upstreams = List.of();
		for (int i = 0; i < 100 && upstreams.size() < expected; i++) {
			TimeUnit.MILLISECONDS.sleep(i == 0 ? 0 : 50);
			upstreams = Files.readAllLines(nginx.accessLog())
				.stream()
				.map(line -> line.split(" ", 4))
				.filter(fields -> fields[1].contains(marker))
				.map(fields -> fields[3].replaceAll(" [0-9-]+(, [0-9-]+)*$", "").replaceAll(".*, ", ""))
				.toList();
		}
		return upstreams;
	}

	private static Map<Integer, Long> count(List<Integer> statuses) {
		return statuses.stream().collect(Collectors.groupingBy(status -> status, TreeMap::new, Collectors.counting()));
	}

	private HttpResponse<String> send(HttpRequest request) throws Exception {
		return http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> sendUnchecked(HttpRequest request) {
		try {
			return send(request);
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	private URI viaNginx(String path) {
		return nginx.https(path);
	}

	private static URI instanceUrl(ConfigurableApplicationContext instance, String path) {
		return URI.create("http://127.0.0.1:" + port(instance) + path);
	}

	private static int port(ConfigurableApplicationContext instance) {
		return ((WebServerApplicationContext) instance).getWebServer().getPort();
	}

	/** Writes are signed in as user 1, who writes only user 1's scores here. */
	private static HttpRequest post(URI uri, String json) {
		return HttpRequest.newBuilder(uri)
			.header("Content-Type", "application/json")
			.header("Authorization", "Bearer " + UsersServiceStandIn.token(1))
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.timeout(Duration.ofSeconds(30))
			.build();
	}

	private static HttpRequest put(URI uri, String json) {
		return HttpRequest.newBuilder(uri)
			.header("Content-Type", "application/json")
			.header("Authorization", "Bearer " + UsersServiceStandIn.token(userOf(uri)))
			.PUT(HttpRequest.BodyPublishers.ofString(json))
			.timeout(Duration.ofSeconds(30))
			.build();
	}

	/** The user whose score a PUT writes, from its path: /users/{user}/…. */
	private static long userOf(URI uri) {
		String[] segments = uri.getPath().split("/");
		return segments.length > 2 && segments[1].equals("users") ? Long.parseLong(segments[2]) : 1;
	}

	/**
	 * An instance as production runs it (prod profile: graceful shutdown), on the test
	 * PostgreSQL, asking the users service at a URL of its own, so the calls of each are
	 * counted apart. Its users-service cache keeps an answer longer than this test runs,
	 * so "once per token per instance within the TTL" covers the whole load test. It
	 * waits 10 s for the users service, not 2: a busy machine has held the stand-in's 50
	 * ms answer back beyond 2 s, and a call that fails is made again (nginx then sends
	 * the request to the other instance), which the count would take for a cache that
	 * does not work.
	 */
	private ConfigurableApplicationContext instance(String name, Class<?>... extraConfigurations) {
		JdbcConnectionDetails database = TestPostgres.connectionDetails();
		List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--spring.profiles.active=prod",
				"--spring.datasource.url=" + database.getJdbcUrl(),
				"--spring.datasource.username=" + database.getUsername(),
				"--exemplar.users-service.url=" + usersService.urlFor(name), "--USERS_SERVICE_CACHE_TTL=10m",
				"--exemplar.users-service.timeout=10s", "--exemplar.weather.api-key=scale-out-test-key",
				// prod wants a tenant server named: here the test PostgreSQL again
				"--exemplar.databases.admin-url=" + database.getJdbcUrl(),
				"--exemplar.databases.admin-username=" + database.getUsername()));
		if (database.getPassword() != null) {
			arguments.add("--spring.datasource.password=" + database.getPassword());
			arguments.add("--exemplar.databases.admin-password=" + database.getPassword());
		}
		return SpringApplication.from(ExemplarApplication::main)
			.with(extraConfigurations)
			.run(arguments.toArray(String[]::new))
			.getApplicationContext();
	}

	/**
	 * Made once its instance's logging is configured and its web server made: Spring Boot
	 * does both before it makes the application's beans (the pools, Flyway), which the
	 * second instance's start overlaps.
	 */
	static class LoggingConfigured {

		static final CountDownLatch done = new CountDownLatch(1);

		LoggingConfigured() {
			done.countDown();
		}

	}

}
