package dev.exemplar.spec.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

import dev.exemplar.spec.api.ConfigurationKeys;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Approving a behaviour change in the spec itself ({@code specs.update}): the
 * expectations that differ are rewritten with the service's answers, and nothing else of
 * the file changes; a plain run then passes, and a second update changes nothing. Without
 * the property nothing is written, and the failure shows the rewrite as a diff.
 */
class SpecUpdateTests {

	private static final String CONTRACT = """
			openapi: 3.0.3
			info: {title: greeter, version: '1'}
			paths:
			  /greeting:
			    get:
			      responses:
			        '200': {description: a greeting, content: {application/json: {schema: {type: object}}}}
			  /profile:
			    get:
			      responses:
			        '200': {description: a profile, content: {application/json: {schema: {type: object}}}}
			  /missing:
			    get:
			      responses:
			        '404': {description: none, content: {application/problem+json: {schema: {type: object}}}}
			""";

	private static final String GREETING = "{\"greeting\": \"hello\", \"id\": 7, \"at\": \"2024-05-01T10:00:00Z\", \"tags\": [\"a\", \"b\"]}";

	/**
	 * Windows line endings, non-ASCII text and no newline at the end: all kept as they
	 * are.
	 */
	private static final String SPEC = String.join("\r\n", """
			= Greetings, déjà vu

			Prose that stays — as it is.

			== One greeting

			[source,http]
			----
			GET /greeting
			----

			[source,json]
			----
			{
			    "greeting": "hi",
			    "id": "${any-number}",
			    "at": "${timestamp}",
			    "tags": ["a"]
			}
			----

			== A field more

			[source,http]
			----
			GET /profile
			----

			[source,json]
			----
			{
			  "name": "Ada",
			  "since": "${timestamp}"
			}
			----

			== Only what it names

			[source,http]
			----
			GET /greeting
			----

			[source,json,role=lenient]
			----
			{"greeting": "hi", "tags": ["a", "b"]}
			----

			== Not found

			[source,http]
			----
			GET /missing
			----

			[source,json]
			----
			HTTP/1.1 200 OK
			Content-Type: application/json

			{"title": "Not Found", "status": 404, "detail": "There is no greeting 8."}
			----

			== Only its status

			[source,http]
			----
			GET /greeting
			----

			[source,json]
			----
			200
			----

			== Not written yet

			[source,http]
			----
			GET /greeting
			----

			[source,json]
			----
			----

			[.pending]
			== Not built yet

			[source,http]
			----
			GET /greeting
			----

			[source,json]
			----
			{"greeting": "bonjour"}
			----""".split("\n"));

	/**
	 * SPEC as the update leaves it: what differed rewritten where it stands, the empty
	 * listing filled, the status-only one left status-only.
	 */
	private static final String UPDATED = SPEC.replace("\"greeting\": \"hi\",\r\n", "\"greeting\": \"hello\",\r\n")
		.replace("\"tags\": [\"a\"]", "\"tags\": [\"a\", \"b\"]")
		.replace("{\"greeting\": \"hi\", \"tags\"", "{\"greeting\": \"hello\", \"tags\"")
		.replace("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n",
				"HTTP/1.1 404 Not Found\r\nContent-Type: application/problem+json\r\n")
		.replace("greeting 8.", "greeting 9.")
		.replace("  \"since\": \"${timestamp}\"\r\n}",
				"  \"since\": \"${timestamp}\",\r\n  \"roles\": [\r\n    \"admin\"\r\n  ]\r\n}")
		.replace("[source,json]\r\n----\r\n----",
				String.join("\r\n", "[source,json]", "----", "200", "", "{", "  \"greeting\": \"hello\",",
						"  \"id\": 7,", "  \"at\": \"2024-05-01T10:00:00Z\",", "  \"tags\": [", "    \"a\",",
						"    \"b\"", "  ]", "}", "----"));

	private static ServiceUnderTest service;

	@TempDir
	Path dir;

	@BeforeAll
	static void startService() throws IOException {
		service = ServiceUnderTest.start(CONTRACT, false);
		service.http.stubFor(get("/greeting").willReturn(okJson(GREETING)));
		service.http.stubFor(get("/profile")
			.willReturn(okJson("{\"name\": \"Ada\", \"since\": \"2024-05-01T10:00:00Z\", \"roles\": [\"admin\"]}")));
		service.http.stubFor(get("/missing").willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "application/problem+json")
			.withBody("{\"title\": \"Not Found\", \"status\": 404, \"detail\": \"There is no greeting 9.\"}")));
	}

	@AfterAll
	static void stopService() throws IOException {
		service.close();
	}

	@Test
	void anUpdateRewritesWhatDiffersAndNothingElseThenAPlainRunPassesAndASecondUpdateChangesNothing()
			throws IOException {
		Path spec = spec("greetings.adoc", SPEC);

		Map<String, Throwable> updating = outcomes(run("all"));
		assertThat(new String(Files.readAllBytes(spec), StandardCharsets.UTF_8)).isEqualTo(UPDATED);
		assertThat(updating).containsEntry("greetings.adoc › One greeting", null)
			.containsEntry("greetings.adoc › Not built yet", null); // pending: aborted,
																	// and left as it is

		byte[] updated = Files.readAllBytes(spec);
		Map<String, Throwable> plain = outcomes(run(null));
		assertThat(plain).containsOnlyKeys("greetings.adoc › One greeting", "greetings.adoc › A field more",
				"greetings.adoc › Only what it names", "greetings.adoc › Not found", "greetings.adoc › Only its status",
				"greetings.adoc › Not written yet", "greetings.adoc › Not built yet");
		assertThat(plain.values()).allSatisfy(failure -> assertThat(failure).isNull());

		outcomes(run("all"));
		assertThat(Files.readAllBytes(spec)).isEqualTo(updated);
	}

	@Test
	void withoutTheUpdateNothingIsWrittenAndTheFailureShowsTheChangeAsADiffOfTheSpec() throws IOException {
		Path spec = spec("greetings.adoc", SPEC);

		Map<String, Throwable> outcomes = outcomes(run(null));

		assertThat(Files.readString(spec)).isEqualTo(SPEC);
		assertThat(outcomes.get("greetings.adoc › One greeting")).hasMessageContainingAll(
				"As the answer would have it (approve it with -Dspecs.update=failed):",
				"--- a/" + dir.resolve("documents/greetings.adoc"), "@@ -13,8 +13,8 @@",
				"-    \"greeting\": \"hi\",\n+    \"greeting\": \"hello\",",
				"-    \"tags\": [\"a\"]\n+    \"tags\": [\"a\", \"b\"]");
		assertThat(outcomes.get("greetings.adoc › Not found")).hasMessageContainingAll(
				"-HTTP/1.1 200 OK\n-Content-Type: application/json\n+HTTP/1.1 404 Not Found\n+Content-Type: application/problem+json");
		assertThat(outcomes.get("greetings.adoc › Not written yet")).isNull(); // no body
																				// stated:
																				// any 2xx
																				// will do
		assertThat(dir.resolve("out/greetings.html")).content().contains("+    \"greeting\": \"hello\",");
	}

	@Test
	void failedRewritesOnlyWhatDiffersAndNewOnlyFillsListingsWithoutABody() throws IOException {
		Path spec = spec("greetings.adoc", SPEC);

		run("new");
		assertThat(Files.readString(spec)).contains("\"greeting\": \"hi\"", "HTTP/1.1 200 OK",
				"200\r\n\r\n{\r\n  \"greeting\": \"hello\"", "[source,json]\r\n----\r\n200\r\n----"); // status-only
																										// stays
																										// so

		Files.writeString(spec, SPEC);
		run("failed");
		assertThat(Files.readString(spec)).contains("\"greeting\": \"hello\"", "HTTP/1.1 404 Not Found",
				"[source,json]\r\n----\r\n----");
	}

	@Test
	void capturesStayAndAValueBuiltOnACaptureOrAPlaceholderThatDidNotMatchIsLeftAsItIsSayingWhy() throws IOException {
		String spec = """
				= Captures

				== A capture

				[source,http]
				----
				GET /greeting
				----

				[source,json]
				----
				{"greeting": "${capture:word}", "id": 8, "at": "${timestamp}", "tags": ["a", "b"]}
				----

				== A captured value that differs

				[source,http]
				----
				GET /greeting
				----

				[source,json]
				----
				{"greeting": "${word} there", "id": 7, "at": "${timestamp}", "tags": ["a", "b"]}
				----

				== A placeholder that does not match

				[source,http]
				----
				GET /greeting
				----

				[source,json]
				----
				{"greeting": "${any-number}", "id": 7, "at": "${timestamp}", "tags": ["a", "b"]}
				----
				""";
		Path file = spec("captures.adoc", spec);

		Map<String, Throwable> outcomes = outcomes(run("all"));

		assertThat(Files.readString(file)).isEqualTo(spec.replace("\"id\": 8", "\"id\": 7"));
		assertThat(outcomes.get("captures.adoc › A capture")).isNull();
		assertThat(outcomes.get("captures.adoc › A captured value that differs")).hasMessageContaining(
				"The update leaves this listing as it is: the value at $.greeting uses a captured value (\"${word} there\") and differs");
		assertThat(outcomes.get("captures.adoc › A placeholder that does not match")).hasMessageContaining(
				"The update leaves this listing as it is: the placeholder \"${any-number}\" at $.greeting did not match \"hello\"");
	}

	@Test
	void anUnknownUpdateModeIsRefusedSayingWhichThereAre() throws IOException {
		spec("greetings.adoc", SPEC);

		assertThat(run("everything").allEvents()
			.failed()
			.stream()
			.map(event -> event.getRequiredPayload(TestExecutionResult.class)
				.getThrowable()
				.orElseThrow()
				.getMessage()))
			.anySatisfy(message -> assertThat(message)
				.contains("specs.update is 'everything'; it is one of all, failed, new"));
	}

	private Path spec(String path, String text) throws IOException {
		Path file = dir.resolve("documents").resolve(path);
		Files.createDirectories(file.getParent());
		Files.write(file, text.getBytes(StandardCharsets.UTF_8));
		return file;
	}

	private EngineExecutionResults run(String update) {
		EngineTestKit.Builder engine = service.engine(dir.resolve("documents"), dir.resolve("out"));
		return (update == null ? engine : engine.configurationParameter(ConfigurationKeys.UPDATE, update)).execute();
	}

	private static Map<String, Throwable> outcomes(EngineExecutionResults results) {
		Map<String, Throwable> outcomes = new LinkedHashMap<>();
		results.testEvents()
			.finished()
			.stream()
			.forEach(event -> outcomes.put(event.getTestDescriptor().getDisplayName(),
					event.getRequiredPayload(TestExecutionResult.class)
						.getThrowable()
						.filter(failure -> !(failure instanceof org.opentest4j.TestAbortedException))
						.orElse(null)));
		return outcomes;
	}

}
