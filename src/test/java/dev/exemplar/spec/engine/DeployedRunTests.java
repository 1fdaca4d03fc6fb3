package dev.exemplar.spec.engine;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;

import dev.exemplar.spec.api.ConfigurationKeys;
import dev.exemplar.spec.api.RunningService;
import dev.exemplar.spec.api.SpecifiedService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/**
 * A run against a deployed service that holds data of its own and asks its own users
 * service: an example that needs an empty database, one that signs in with a stand-in the
 * run has no real token for, and one that uses what such an example would have captured
 * are not run, each with its reason; none fails. (What a real token does is
 * HttpDriverTests' and DeployedSignInTests'.)
 */
class DeployedRunTests {

	private static final String CONTRACT = """
			openapi: 3.0.3
			info: {title: deployed, version: '1'}
			paths:
			  /feed:
			    get:
			      responses:
			        '200': {description: the feed, content: {application/json: {schema: {type: array, items: {type: string}}}}}
			  /whoami:
			    get:
			      parameters:
			        - {name: name, in: query, schema: {type: string}}
			      responses:
			        '200': {description: the user, content: {application/json: {schema: {type: object}}}}
			        '401': {description: no user, content: {application/json: {schema: {type: object}}}}
			""";

	private static final String SPEC = """
			= Deployed

			.Given the users service answers
			[source,http]
			----
			GET /auth/status
			Authorization: Bearer user-2-token
			----

			[source,json]
			----
			{"id": 2}
			----

			[needs=empty-database]
			== An empty feed

			[source,http]
			----
			GET /feed
			----

			[source,json]
			----
			[]
			----

			== A feed of any length

			[source,http]
			----
			GET /feed
			----

			[source,json]
			----
			200
			----

			== Another user signs in

			[source,http]
			----
			GET /whoami
			Authorization: Bearer user-2-token
			----

			[source,json]
			----
			{"name": "${capture:name}"}
			----

			== Who the other user is

			[source,http]
			----
			GET /whoami?name=${name}
			----

			[source,json]
			----
			401
			----
			""";

	@TempDir
	Path dir;

	@Test
	void examplesThatNeedWhatADeployedServiceCannotGiveAreNotRunEachWithItsReason() throws Exception {
		Files.createDirectories(dir.resolve("specs"));
		Files.writeString(dir.resolve("specs/deployed.adoc"), SPEC);
		Files.writeString(dir.resolve("contract.yaml"), CONTRACT);
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/feed", exchange -> answer(exchange, 200, "[\"a tweet the specs did not make\"]"));
		server.createContext("/whoami", exchange -> answer(exchange, 401, "{}"));
		server.start();
		try (RunningService deployed = ServiceUnderTest.serving(server)) {
			EngineExecutionResults results = ServiceUnderTest
				.engine(Deployed.class, dir.resolve("specs"), dir.resolve("out"),
						"file:" + dir.resolve("contract.yaml"))
				.configurationParameter(ConfigurationKeys.OUTSIDE_PREFIX + "users-service", "users.url")
				.configurationParameter(ConfigurationKeys.BASE_URL, deployed.baseUrl().toString())
				.selectors(selectClass(Deployed.class))
				.execute();

			assertThat(results.testEvents()
				.failed()
				.stream()
				.map(event -> event.getRequiredPayload(TestExecutionResult.class).getThrowable().orElseThrow())
				.toList()).isEmpty();
			assertThat(results.testEvents().succeeded().count()).isEqualTo(1);
			assertThat(results.testEvents()
				.aborted()
				.stream()
				.map(event -> event.getRequiredPayload(TestExecutionResult.class)
					.getThrowable()
					.orElseThrow()
					.getMessage())
				.toList())
				.satisfiesExactly(reason -> assertThat(reason).contains("An empty feed", "needs an empty database"),
						reason -> assertThat(reason).contains("Another user signs in", "sends 'Bearer user-2-token'",
								ConfigurationKeys.TOKENS),
						reason -> assertThat(reason).contains("Who the other user is", "uses ${name}"));
		}
	}

	@Test
	void aNeedTheEngineDoesNotKnowIsAMistakeOfTheSpec() throws IOException {
		Files.createDirectories(dir.resolve("specs"));
		Files.writeString(dir.resolve("specs/deployed.adoc"), """
				= Deployed
				:needs: a-warm-cache

				== Anything

				[source,http]
				----
				GET /feed
				----
				""");
		Files.writeString(dir.resolve("contract.yaml"), CONTRACT);
		EngineExecutionResults results = ServiceUnderTest
			.engine(Deployed.class, dir.resolve("specs"), dir.resolve("out"), "file:" + dir.resolve("contract.yaml"))
			.configurationParameter(ConfigurationKeys.BASE_URL, "http://127.0.0.1:9")
			.selectors(selectClass(Deployed.class))
			.execute();

		assertThat(results.testEvents().failed().list()).singleElement()
			.satisfies(event -> assertThat(
					event.getRequiredPayload(TestExecutionResult.class).getThrowable().orElseThrow())
				.hasMessageContaining("deployed.adoc:2: the engine knows no need 'a-warm-cache'"));
	}

	private static void answer(HttpExchange exchange, int status, String json) throws IOException {
		byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	/** Deployed elsewhere: the engine never starts it. */
	public static final class Deployed implements SpecifiedService {

		@Override
		public RunningService start() {
			throw new IllegalStateException("deployed: the engine is given its URL");
		}

	}

}
