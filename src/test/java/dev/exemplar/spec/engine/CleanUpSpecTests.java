package dev.exemplar.spec.engine;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.exemplar.spec.api.ConfigurationKeys;
import dev.exemplar.spec.api.RunningService;
import dev.exemplar.spec.api.SpecifiedService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/**
 * The engine removes what a spec created ({@code specs.clean-up.created}): a JDK
 * HttpServer keeps things, each {@code POST /things} signed in through its users service
 * (the engine's stand-in, stubbed by the spec) and answered {@code 201} with a Location.
 * After the spec, every thing it created is deleted, newest first, with the creating
 * request's headers and its example's stubs, also when an example failed; a DELETE that
 * fails fails the spec.
 */
class CleanUpSpecTests {

	private static final String CONTRACT = """
			openapi: 3.0.3
			info: {title: keeper, version: '1'}
			paths:
			  /things:
			    post:
			      requestBody: {content: {application/json: {schema: {type: object}}}}
			      responses:
			        '201': {description: kept}
			        '401': {description: not signed in}
			  /others:
			    post:
			      responses:
			        '201': {description: kept and not cleaned up}
			""";

	private static final String SPEC = """
			= Keeper

			== Keeping one

			.Given the users service answers
			[source,http]
			----
			GET /auth/status
			Authorization: Bearer one
			----

			[source,json]
			----
			{"active": true}
			----

			[source,http]
			----
			POST /things
			Authorization: Bearer one
			Content-Type: application/json

			{}
			----

			[source,text]
			----
			201
			----

			.Then the users service was asked once
			[source,http]
			----
			GET /auth/status
			----

			== Keeping another, expecting wrongly

			.Given the users service answers
			[source,http]
			----
			GET /auth/status
			Authorization: Bearer two
			----

			[source,json]
			----
			{"active": true}
			----

			[source,http]
			----
			POST /things?KIND
			Authorization: Bearer two
			----

			[source,text]
			----
			200
			----

			== Keeping what is not cleaned up

			[source,http]
			----
			POST /others
			----
			""";

	/**
	 * What the keeper was asked, in order: method, path, Authorization, and the status it
	 * answered.
	 */
	private static final List<String> ASKED = new CopyOnWriteArrayList<>();

	@TempDir
	Path dir;

	@BeforeEach
	void forget() {
		ASKED.clear();
	}

	@Test
	void whatASpecCreatedIsDeletedNewestFirstWithTheCreatingHeadersAndStubsAlsoWhenAnExampleFailed()
			throws IOException {
		Map<String, Throwable> outcomes = run(SPEC.replace("?KIND", ""));

		assertThat(outcomes).containsOnlyKeys("keeper.adoc › Keeping one",
				"keeper.adoc › Keeping another, expecting wrongly", "keeper.adoc › Keeping what is not cleaned up");
		assertThat(outcomes.get("keeper.adoc › Keeping one")).isNull();
		assertThat(outcomes.get("keeper.adoc › Keeping another, expecting wrongly")).hasMessageContaining("200");
		assertThat(ASKED).containsExactly("POST /things Bearer one → 201", "POST /things Bearer two → 201",
				"POST /others null → 201", "DELETE /things/2 Bearer two → 204", "DELETE /things/1 Bearer one → 204");
	}

	@Test
	void aDeleteThatFailsFailsTheSpecSayingWhatWasLeftBehind() throws IOException {
		Map<String, Throwable> outcomes = run(SPEC.replace("?KIND", "?undeletable"));

		assertThat(outcomes.get("keeper.adoc › clean-up")).hasMessageContainingAll(
				"keeper.adoc left behind what it created", ConfigurationKeys.CLEAN_UP_CREATED,
				"DELETE /things/2 answered 500", "cannot be deleted");
		assertThat(ASKED).contains("DELETE /things/1 Bearer one → 204");
	}

	private Map<String, Throwable> run(String spec) throws IOException {
		Files.createDirectories(dir.resolve("documents"));
		Files.writeString(dir.resolve("documents/keeper.adoc"), spec);
		Files.writeString(dir.resolve("contract.yaml"), CONTRACT);
		return SpecEngineTests.outcomes(ServiceUnderTest
			.engine(Keeper.class, dir.resolve("documents"), dir.resolve("out"), "file:" + dir.resolve("contract.yaml"))
			.configurationParameter(ConfigurationKeys.OUTSIDE_PREFIX + "users-service", Keeper.PROPERTY)
			.configurationParameter(ConfigurationKeys.CLEAN_UP_CREATED, "/things/*, /nothing/**")
			.selectors(selectClass(Keeper.class))
			.execute());
	}

	/**
	 * Keeps things for whoever its users service says is signed in; {@code ?undeletable}
	 * makes one it cannot delete.
	 */
	public static final class Keeper implements SpecifiedService {

		static final String PROPERTY = "users.url";

		@Override
		public RunningService start() {
			throw new IllegalStateException("the keeper needs its users service's URL");
		}

		@Override
		public RunningService start(Map<String, String> properties) throws IOException {
			String users = properties.get(PROPERTY);
			HttpClient client = HttpClient.newHttpClient();
			AtomicInteger things = new AtomicInteger();
			List<String> undeletable = new CopyOnWriteArrayList<>();
			HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			server.createContext("/things", exchange -> {
				String authorization = exchange.getRequestHeaders().getFirst("Authorization");
				if (!signedIn(client, users, authorization)) {
					answer(exchange, authorization, 401);
				}
				else if (exchange.getRequestMethod().equals("POST")) {
					int id = things.incrementAndGet();
					if ("undeletable".equals(exchange.getRequestURI().getQuery())) {
						undeletable.add("/things/" + id);
					}
					exchange.getResponseHeaders().set("Location", "/things/" + id);
					answer(exchange, authorization, 201);
				}
				else {
					answer(exchange, authorization,
							undeletable.contains(exchange.getRequestURI().getPath()) ? 500 : 204);
				}
			});
			server.createContext("/others", exchange -> {
				exchange.getResponseHeaders().set("Location", "/others/1");
				answer(exchange, exchange.getRequestHeaders().getFirst("Authorization"), 201);
			});
			server.start();
			return ServiceUnderTest.serving(server);
		}

		private static boolean signedIn(HttpClient client, String users, String authorization) {
			if (authorization == null) {
				return false;
			}
			try {
				return client
					.send(HttpRequest.newBuilder(URI.create(users + "/auth/status"))
						.header("Authorization", authorization)
						.build(), HttpResponse.BodyHandlers.ofString())
					.statusCode() == 200;
			}
			catch (IOException | InterruptedException e) {
				return false;
			}
		}

		private static void answer(HttpExchange exchange, String authorization, int status) throws IOException {
			exchange.getRequestBody().readAllBytes();
			ASKED.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath() + " " + authorization
					+ " → " + status);
			byte[] body = status == 500 ? "this thing cannot be deleted".getBytes() : new byte[0];
			exchange.sendResponseHeaders(status, status == 204 || status == 201 ? -1 : body.length);
			exchange.getResponseBody().write(body);
			exchange.close();
		}

	}

}
