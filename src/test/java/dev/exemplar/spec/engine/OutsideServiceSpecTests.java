package dev.exemplar.spec.engine;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

import dev.exemplar.spec.api.ConfigurationKeys;
import dev.exemplar.spec.api.RunningService;
import dev.exemplar.spec.api.SpecifiedService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/**
 * The outside-services convention seen from the engine's side, where a spec cannot show
 * it without failing: a call no stub answers (its near miss), a wrong count of calls, a
 * stub breaking the outside contract, and a run against a deployed service. The service
 * is a JDK HttpServer relaying {@code GET /relay} to its outside service.
 */
class OutsideServiceSpecTests {

	private static final String CONTRACT = """
			openapi: 3.0.3
			info: {title: relay, version: '1'}
			paths:
			  /relay:
			    get:
			      responses:
			        '200': {description: what the greeter said, content: {text/plain: {schema: {type: string}}}}
			""";

	private static final String GREETER_CONTRACT = """
			openapi: 3.0.3
			info: {title: greeter, version: '1'}
			paths:
			  /greeting:
			    get:
			      parameters:
			        - {name: lang, in: query, required: true, schema: {type: string, enum: [en, fr]}}
			      responses:
			        '200': {description: a greeting, content: {text/plain: {schema: {type: string}}}}
			""";

	@TempDir
	Path dir;

	@Test
	void aCallNoStubAnswersFailsTheExampleNamingTheClosestStubAndTheDifference() throws IOException {
		spec("""
				= Relay

				== Relaying in French

				.Given the greeter answers
				[source,http]
				----
				GET /greeting?lang=en
				----

				[source,text]
				----
				200

				hello
				----

				[source,http]
				----
				GET /relay?lang=fr
				----

				[source,text]
				----
				${ignore}
				----
				""");

		Throwable failure = SpecEngineTests.outcomes(run(engine())).get("relay.adoc › Relaying in French");

		assertThat(failure).hasMessageContainingAll(
				"the greeter was asked GET /greeting?lang=fr, which no stub answers", "the closest stub differs so",
				"lang");
	}

	@Test
	void aStubAnswersTheCallWhichThePageShowsInsideTheExampleAndAWrongCountFails() throws IOException {
		spec("""
				= Relay

				.Given the greeter answers
				[source,http]
				----
				GET /greeting?lang=${any-string}
				----

				[source,text]
				----
				bonjour
				----

				== Relaying

				[source,http]
				----
				GET /relay?lang=fr
				----

				[source,text]
				----
				200

				bonjour
				----

				.Then the greeter was asked once
				[source,http]
				----
				GET /greeting?lang=fr
				----

				== Counting wrong

				[source,http]
				----
				GET /relay?lang=fr
				----

				.Then the greeter was asked twice
				[source,http]
				----
				GET /greeting?lang=fr
				----
				""");

		Map<String, Throwable> outcomes = SpecEngineTests.outcomes(run(engine()));

		assertThat(outcomes).containsEntry("relay.adoc › Relaying", null);
		assertThat(outcomes.get("relay.adoc › Counting wrong"))
			.hasMessageContaining("expected 2 such call(s), found 1");
		assertThat(Files.readString(dir.resolve("out/relay.html"))).contains("spec-outside-calls",
				"→ greeter: GET /greeting?lang=fr", "← 200");
	}

	@Test
	void aStubThatBreaksTheOutsideServicesContractFailsItsExample() throws IOException {
		Files.writeString(dir.resolve("greeter.yaml"), GREETER_CONTRACT);
		spec("""
				= Relay

				== In German

				.Given the greeter answers
				[source,http]
				----
				GET /greeting?lang=de
				----

				[source,text]
				----
				hallo
				----

				[source,http]
				----
				GET /relay?lang=de
				----
				""");

		Throwable failure = SpecEngineTests.outcomes(run(engine().configurationParameter(
				ConfigurationKeys.OUTSIDE_PREFIX + "greeter" + ConfigurationKeys.OUTSIDE_CONTRACT_SUFFIX,
				dir.resolve("greeter.yaml").toString())))
			.get("relay.adoc › In German");

		assertThat(failure).hasMessageContainingAll("the call to the greeter and its stubbed answer break its contract",
				"lang");
	}

	@Test
	void againstADeployedServiceExamplesWithStubsAreSkippedWithTheReasonAndTheOthersRun() throws IOException {
		spec("""
				= Relay

				== Without the greeter

				[source,http]
				----
				GET /relay
				----

				== With the greeter

				.Given the greeter fails the connection
				[source,http]
				----
				GET /greeting
				----

				[source,http]
				----
				GET /relay?lang=en
				----
				""");
		try (RunningService deployed = new Relay().start(Map.of(Relay.PROPERTY, "http://127.0.0.1:9"))) {
			EngineExecutionResults results = engine()
				.configurationParameter(ConfigurationKeys.BASE_URL, deployed.baseUrl().toString())
				.selectors(selectClass(Relay.class))
				.execute();

			assertThat(results.testEvents().succeeded().count()).isEqualTo(1);
			assertThat(results.testEvents().aborted().list()).singleElement()
				.satisfies(event -> assertThat(
						event.getRequiredPayload(TestExecutionResult.class).getThrowable().orElseThrow())
					.hasMessageContaining("states what an outside service answers"));
		}
		catch (Exception e) {
			throw new AssertionError(e);
		}
	}

	private void spec(String text) throws IOException {
		Files.createDirectories(dir.resolve("documents"));
		Files.writeString(dir.resolve("documents/relay.adoc"), text);
		Files.writeString(dir.resolve("contract.yaml"), CONTRACT);
	}

	private EngineTestKit.Builder engine() {
		return ServiceUnderTest
			.engine(Relay.class, dir.resolve("documents"), dir.resolve("out"), "file:" + dir.resolve("contract.yaml"))
			.configurationParameter(ConfigurationKeys.OUTSIDE_PREFIX + "greeter", Relay.PROPERTY);
	}

	private static EngineExecutionResults run(EngineTestKit.Builder engine) {
		return engine.selectors(selectClass(Relay.class)).execute();
	}

	/**
	 * A service with one outside service, "the greeter", found at the property the engine
	 * sets.
	 */
	public static final class Relay implements SpecifiedService {

		static final String PROPERTY = "greeter.url";

		@Override
		public RunningService start() {
			throw new IllegalStateException("the relay needs its greeter's URL");
		}

		@Override
		public RunningService start(Map<String, String> properties) throws IOException {
			String greeter = properties.get(PROPERTY);
			HttpClient client = HttpClient.newHttpClient();
			HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			server.createContext("/relay", exchange -> {
				String query = exchange.getRequestURI().getRawQuery();
				int status = 200;
				String body = "nobody to greet";
				if (query != null) {
					try {
						body = client
							.send(HttpRequest.newBuilder(URI.create(greeter + "/greeting?" + query)).build(),
									HttpResponse.BodyHandlers.ofString())
							.body();
					}
					catch (IOException | InterruptedException e) {
						status = 502;
						body = "no greeter";
					}
				}
				byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
				exchange.getResponseHeaders().set("Content-Type", "text/plain");
				exchange.sendResponseHeaders(status, bytes.length);
				try (OutputStream out = exchange.getResponseBody()) {
					out.write(bytes);
				}
			});
			server.start();
			return ServiceUnderTest.serving(server);
		}

	}

}
