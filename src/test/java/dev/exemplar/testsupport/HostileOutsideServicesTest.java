package dev.exemplar.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.matching.RequestPattern;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.apache.tomcat.util.threads.ThreadPoolExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.exemplar.postgres.TestPostgresConfiguration;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole service over real HTTP, as {@link ServiceTest} runs it, but whose outside
 * services are WireMock servers of the test's own, which each test makes answer as it
 * likes: slowly, wrongly, hugely. The tests that extend this share one service (one
 * Spring context); each uses tokens and zip codes of its own, since the service keeps
 * what it was told.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestPostgresConfiguration.class)
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
public abstract class HostileOutsideServicesTest {

	protected static final String WEATHER_KEY = "corpus-secret-weather-key";

	/**
	 * The deadline of each outside service's whole answer: long enough for a cold JVM's
	 * first call, and WireMock's writing of a 1 MB body, on a busy machine (2 s was not,
	 * once in a few runs).
	 */
	protected static final Duration DEADLINE = Duration.ofSeconds(5);

	/** Longer than the deadline: how long a late answer takes to come in full. */
	protected static final int LATE_MILLIS = (int) DEADLINE.toMillis() * 3 / 2;

	/** What the log says of a late answer. */
	protected static final String LATE = "did not answer in full within " + DEADLINE.toMillis() + " ms";

	/** A JSON body whose bytes are not UTF-8. */
	protected static final byte[] NOT_UTF8 = { '{', '"', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}' };

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	protected static final Arrivals USERS_SERVICE_ARRIVALS = new Arrivals();

	protected static final WireMockServer USERS_SERVICE = started(USERS_SERVICE_ARRIVALS);

	protected static final Arrivals WEATHER_PROVIDER_ARRIVALS = new Arrivals();

	protected static final WireMockServer WEATHER_PROVIDER = started(WEATHER_PROVIDER_ARRIVALS);

	@LocalServerPort
	protected int port;

	@Autowired
	private WebServerApplicationContext context;

	private static volatile boolean warm;

	/**
	 * The service's first call to each outside service, made before the first test, and
	 * again until it is answered in time (a late answer is never kept: each try asks
	 * again): on a busy machine a cold JVM's first call can take longer than the
	 * deadline, which is no test's to meet.
	 */
	@BeforeEach
	void warmUpTheCalls() {
		if (warm) {
			return;
		}
		USERS_SERVICE.stubFor(get("/auth/status").withHeader("Authorization", equalTo("Bearer warm-up-token"))
			.willReturn(okJson("{\"status\": \"success\", \"data\": {\"id\": 11, \"active\": true}}")));
		WEATHER_PROVIDER.stubFor(get(urlPathEqualTo("/data/2.5/weather")).withQueryParam("zip", equalTo("59000,us"))
			.willReturn(okJson("{\"weather\": [{\"description\": \"haze\"}], \"main\": {\"temp\": 3.5}, "
					+ "\"dt\": 1764540000, \"name\": \"Laurel\"}")));
		await("a first write, through the users service").atMost(Duration.ofMinutes(2))
			.until(() -> send("PUT", "/users/11/exercises/100/score", "warm-up-token", "{\"correct\": true}")
				.statusCode() == 201);
		await("a first lookup, through the weather provider").atMost(Duration.ofMinutes(2))
			.until(() -> send("GET", "/weather?zip=59000", null, null).statusCode() == 200);
		warm = true;
	}

	@DynamicPropertySource
	static void outsideServices(DynamicPropertyRegistry registry) {
		registry.add("exemplar.users-service.url", USERS_SERVICE::baseUrl);
		registry.add("exemplar.users-service.timeout", DEADLINE::toString);
		// kept verdicts outlive any test, however slow the machine: a test that counts
		// calls must not see one expire between two requests
		registry.add("exemplar.users-service.cache-ttl", () -> "1h");
		registry.add("exemplar.users-service.refusal-cache-ttl", () -> "1h");
		registry.add("exemplar.weather.provider-url", WEATHER_PROVIDER::baseUrl);
		registry.add("exemplar.weather.api-key", () -> WEATHER_KEY);
		registry.add("exemplar.weather.timeout", DEADLINE::toString);
	}

	private static WireMockServer started(Arrivals arrivals) {
		WireMockServer server = new WireMockServer(
				options().bindAddress("127.0.0.1").dynamicPort().extensions(arrivals));
		server.start();
		Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
		warmUp(server);
		return server;
	}

	/**
	 * WireMock's first answer costs it a second or more of a cold JVM, more on a busy
	 * machine: it gives it here rather than to a test's first case, under the deadline.
	 */
	private static void warmUp(WireMockServer server) {
		try {
			HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/warm-up")).build(),
					HttpResponse.BodyHandlers.discarding());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	protected HttpResponse<String> send(String method, String path, String token, String body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.method(method,
					body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
			.header("Content-Type", "application/json")
			.timeout(Duration.ofSeconds(30));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		try {
			return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	/**
	 * One wrong answer of an outside service: the status the client then gets, and what
	 * the log line says.
	 */
	public record Case(String name, ResponseDefinitionBuilder answer, int status, String logged) {

		@Override
		public String toString() {
			return name;
		}
	}

	/** A 200 answer whose body is not JSON. */
	protected static Case notJson(String name, String body) {
		return new Case(name, json(body), 502, "not JSON");
	}

	/** A 200 answer of JSON without the field the service needs, as it needs it. */
	protected static Case shape(String name, String body, String field) {
		return new Case(name, json(body), 502, field);
	}

	/** A 429 (this one, which says it limits calls) with this Retry-After. */
	protected static Case busy(ResponseDefinitionBuilder tooMany, String name, String retryAfter) {
		return new Case(name, tooMany.withHeader("Retry-After", retryAfter), 503, "answered 429");
	}

	/**
	 * A redirect to a path of the case's own on the same outside service, which answers
	 * well there: only not following it refuses the answer.
	 */
	protected static Case redirect(WireMockServer outside, String good, int status) {
		String name = status + " to a good answer";
		outside.stubFor(get(elsewhere(name)).willReturn(okJson(good)));
		return new Case(name, aResponse().withStatus(status).withHeader("Location", elsewhere(name)), 502,
				"answered " + status);
	}

	/** Where the redirect of the case of this name points. */
	protected static String elsewhere(String name) {
		return "/elsewhere/" + Math.abs(name.hashCode());
	}

	/** A 200 answer of this JSON body. */
	protected static ResponseDefinitionBuilder json(String body) {
		return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
	}

	/** A Retry-After two minutes from now, as an HTTP date. */
	protected static String inTwoMinutes() {
		return DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now().plusMinutes(2));
	}

	/**
	 * The lines the service logged for the request that got this answer (by the request
	 * id it answered with).
	 */
	protected static List<String> loggedFor(HttpResponse<String> answer, CapturedOutput output) {
		String requestId = answer.headers().firstValue("X-Request-Id").orElseThrow();
		return output.getAll().lines().filter(line -> line.contains("[" + requestId + "]")).toList();
	}

	/**
	 * Sends one request, waits until the outside service has been asked (its answer is
	 * held back meanwhile), then sends the others at once, and lets the answer go once
	 * the service is serving all of them (or, on a machine too busy for that, before the
	 * service's deadline would meet it): all of them meet the call in flight.
	 * @return the answers, the first one first
	 */
	protected List<HttpResponse<String>> whileTheFirstIsInFlight(Arrivals outside, RequestPattern call,
			List<Callable<HttpResponse<String>>> requests) throws Exception {
		ExecutorService clients = Executors.newFixedThreadPool(requests.size());
		outside.hold(call);
		try {
			List<Future<HttpResponse<String>>> answers = new ArrayList<>();
			answers.add(clients.submit(requests.get(0)));
			await("the first request reaching the outside service").atMost(Duration.ofSeconds(30))
				.pollInterval(Duration.ofMillis(5))
				.until(() -> outside.count(call) > 0);
			assertThat(outside.count(call)).as("the first request reached the outside service").isOne();
			long letGoBy = System.nanoTime() + DEADLINE.toNanos() / 2;
			for (Callable<HttpResponse<String>> request : requests.subList(1, requests.size())) {
				answers.add(clients.submit(request));
			}
			while (requestsBeingServed() < requests.size() && System.nanoTime() < letGoBy) {
				Thread.sleep(5);
			}
			outside.letGo();
			List<HttpResponse<String>> answered = new ArrayList<>();
			for (Future<HttpResponse<String>> answer : answers) {
				answered.add(answer.get(30, TimeUnit.SECONDS));
			}
			return answered;
		}
		finally {
			outside.letGo();
			clients.shutdownNow();
		}
	}

	/** How many requests the service's Tomcat is serving now. */
	private int requestsBeingServed() {
		TomcatWebServer server = (TomcatWebServer) context.getWebServer();
		return ((ThreadPoolExecutor) server.getTomcat().getConnector().getProtocolHandler().getExecutor())
			.getActiveCount();
	}

	/**
	 * The requests an outside service received, as they arrive (WireMock's journal has
	 * one once it is answered); and the answers a test holds back until it lets them go.
	 */
	protected static final class Arrivals implements ServeEventListener {

		private final List<LoggedRequest> requests = new CopyOnWriteArrayList<>();

		private volatile RequestPattern held;

		private volatile CountDownLatch letGo = new CountDownLatch(0);

		@Override
		public String getName() {
			return "arrivals";
		}

		@Override
		public void beforeMatch(ServeEvent event, Parameters parameters) {
			requests.add(event.getRequest());
		}

		/**
		 * Holds back the answers to these calls (for at most a minute, a bound for a test
		 * that forgets) until {@link #letGo()}.
		 */
		@Override
		public void beforeResponseSent(ServeEvent event, Parameters parameters) {
			RequestPattern call = held;
			if (call != null && call.match(event.getRequest()).isExactMatch()) {
				try {
					letGo.await(1, TimeUnit.MINUTES);
				}
				catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
			}
		}

		void hold(RequestPattern call) {
			letGo = new CountDownLatch(1);
			held = call;
		}

		void letGo() {
			held = null;
			letGo.countDown();
		}

		long count(RequestPattern call) {
			return requests.stream().filter(request -> call.match(request).isExactMatch()).count();
		}

	}

}
