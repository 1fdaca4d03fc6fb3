package dev.exemplar.spec.engine;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.opentest4j.TestAbortedException;

import dev.exemplar.spec.api.ConfigurationKeys;
import dev.exemplar.spec.api.RunningService;
import dev.exemplar.spec.api.SpecEngine;
import dev.exemplar.spec.api.SpecifiedService;
import dev.exemplar.spec.results.Listing;
import dev.exemplar.spec.results.ResultsFile;
import dev.exemplar.spec.results.SpecResult;
import dev.exemplar.spec.results.SuiteResult;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;

/**
 * What the specs cannot show about the engine itself: how it reports broken specs,
 * failures, pending examples and contract breaches, run through the JUnit Platform as any
 * engine is (the test kit). A WireMock server stands in for a service; the specs are
 * written here, inline, in a folder not named like this service's.
 */
class SpecEngineTests {

	private static final String CONTRACT = """
			openapi: 3.0.3
			info: {title: greeter, version: '1'}
			paths:
			  /hello:
			    get:
			      responses:
			        '200':
			          description: a greeting
			          content:
			            application/json:
			              schema:
			                type: object
			                additionalProperties: false
			                properties:
			                  greeting: {type: string}
			                  id: {type: integer}
			  /rude:
			    get:
			      responses:
			        '200':
			          description: a greeting that breaks the contract
			          content:
			            application/json:
			              schema: {type: object, additionalProperties: false, properties: {greeting: {type: string}}}
			""";

	private static final String GOOD = """
			= Good

			== Hello

			[source,http]
			----
			GET /hello
			----

			[source,json]
			----
			{"greeting": "hi", "id": "${any-number}"}
			----
			""";

	/**
	 * The WireMock server of the running test, which {@link Greeter} hands the engine.
	 */
	private static WireMockServer service;

	@TempDir
	Path dir;

	@BeforeEach
	void startService() {
		service = new WireMockServer(options().dynamicPort());
		service.start();
		service.stubFor(get("/contract.yaml").willReturn(ok(CONTRACT)));
		service.stubFor(get("/hello").willReturn(okJson("{\"greeting\": \"hi\", \"id\": 7}")));
		service.stubFor(get("/rude").willReturn(okJson("{\"greeting\": \"hi\", \"insult\": \"!\"}")));
	}

	@AfterEach
	void stopService() {
		service.stop();
	}

	@Test
	void aMalformedSpecFailsEachBrokenExampleWithFileAndLineAndTheOtherSpecsStillRun() throws IOException {
		spec("broken.adoc", """
				= Broken

				== Invalid JSON

				[source,http]
				----
				GET /hello
				----

				[source,json]
				----
				{"greeting": "hi",
				----

				== Unknown placeholder

				[source,http]
				----
				GET /hello
				----

				[source,json]
				----
				{"greeting": "${any-greeting}", "id": 7}
				----

				== Expectation without a request

				[source,json]
				----
				{"greeting": "hi"}
				----

				== Capture used before it is set

				[source,http]
				----
				GET /hello?name=${nobody}
				----
				""");
		spec("good.adoc", GOOD);

		Map<String, Throwable> outcomes = outcomes(run());

		assertThat(outcomes).containsOnlyKeys("broken.adoc › Invalid JSON", "broken.adoc › Unknown placeholder",
				"broken.adoc › Expectation without a request", "broken.adoc › Capture used before it is set",
				"good.adoc › Hello");
		assertThat(outcomes.get("broken.adoc › Invalid JSON"))
			.hasMessageContaining("documents/broken.adoc:11: the expected body is not valid JSON");
		assertThat(outcomes.get("broken.adoc › Unknown placeholder"))
			.hasMessageContaining("documents/broken.adoc:23: unknown placeholder '${any-greeting}'");
		assertThat(outcomes.get("broken.adoc › Expectation without a request"))
			.hasMessageContaining("documents/broken.adoc:30: this JSON block follows no request");
		assertThat(outcomes.get("broken.adoc › Capture used before it is set"))
			.hasMessageContaining("documents/broken.adoc:37: '${nobody}' is neither a placeholder");
		assertThat(outcomes.get("good.adoc › Hello")).isNull();
		assertThat(dir.resolve("out/good.html")).exists();
		assertThat(dir.resolve("out/broken.html")).content().contains("spec-failed", "not valid JSON");
	}

	@Test
	void aWrongExpectationNamesSpecExampleJsonPathAndPage() throws IOException {
		spec("feed/wrong.adoc", """
				= Wrong

				== The greeting

				[source,http]
				----
				GET /hello
				----

				[source,json]
				----
				200

				{"greeting": "hello", "id": 7}
				----
				""");

		Throwable failure = outcomes(run()).get("feed/wrong.adoc › The greeting");

		assertThat(failure).hasMessageContainingAll("documents/feed/wrong.adoc › The greeting failed",
				"documents/feed/wrong.adoc:11", "\"greeting\"", "expected: <\"hello\"> but was: <\"hi\">",
				"Page: " + dir.resolve("out/feed/wrong.html").toUri() + "#the-greeting");
	}

	@Test
	void aPendingExampleIsPendingWhileItFailsAndFailsOnceItPasses() throws IOException {
		spec("pending.adoc", """
				= Pending

				[.pending]
				== Not built yet

				[source,http]
				----
				GET /goodbye
				----

				[source,json]
				----
				{"farewell": "bye"}
				----

				[.pending]
				== Built already

				[source,http]
				----
				GET /hello
				----

				[source,json,role=lenient]
				----
				{"greeting": "hi"}
				----
				""");

		Map<String, Throwable> outcomes = outcomes(run());

		assertThat(outcomes.get("pending.adoc › Not built yet")).isInstanceOf(TestAbortedException.class)
			.hasMessageContaining("is pending");
		assertThat(outcomes.get("pending.adoc › Built already")).isInstanceOf(AssertionError.class)
			.hasMessageContaining("passes, but is marked pending: take the marker ([.pending]) off");
	}

	@Test
	void anAnswerThatBreaksTheContractFailsItsExample() throws IOException {
		spec("rude.adoc", """
				= Rude

				== An extra field

				[source,http]
				----
				GET /rude
				----

				[source,json,role=lenient]
				----
				{"greeting": "hi"}
				----
				""");

		assertThat(outcomes(run()).get("rude.adoc › An extra field"))
			.hasMessageContainingAll("documents/rude.adoc:6: the exchange breaks the contract", "insult");
	}

	@Test
	void examplesPointIdesAtTheirLineAndOneCanBeRunAgainByItsUniqueIdWithTheExamplesBeforeIt() throws IOException {
		spec("two.adoc", """
				= Two

				== First

				[source,http]
				----
				GET /hello
				----

				== Second

				[source,http]
				----
				GET /hello
				----

				== Third

				[source,http]
				----
				GET /hello
				----
				""");
		EngineExecutionResults all = run();
		Event second = all.testEvents()
			.finished()
			.filter(event -> event.getTestDescriptor().getDisplayName().equals("two.adoc › Second"))
			.findFirst()
			.orElseThrow();
		assertThat(second.getTestDescriptor().getSource())
			.contains(FileSource.from(dir.resolve("documents/two.adoc").toFile(), FilePosition.from(10)));

		EngineExecutionResults again = engine().selectors(selectUniqueId(second.getTestDescriptor().getUniqueId()))
			.execute();

		assertThat(outcomes(again)).containsOnlyKeys("two.adoc › First", "two.adoc › Second");
	}

	@Test
	void theSpecsRunWhenTheirServiceClassIsSelectedByItsPackageOrASpecByItsFile() throws IOException {
		spec("good.adoc", GOOD);
		spec("other.adoc", GOOD.replace("= Good", "= Other"));

		assertThat(outcomes(engine().selectors(selectPackage(getClass().getPackageName())).execute()))
			.containsOnlyKeys("good.adoc › Hello", "other.adoc › Hello");
		assertThat(outcomes(engine().selectors(selectFile(dir.resolve("documents/other.adoc").toFile())).execute()))
			.containsOnlyKeys("other.adoc › Hello");
	}

	@Test
	void aSpecThatCannotBeReadIsOneFailingTestAndTheOtherSpecsStillRun() throws IOException {
		spec("good.adoc", GOOD);
		Files.write(dir.resolve("documents/garbled.adoc"), new byte[] { '=', ' ', (byte) 0xC3, '(', '\n' }); // not
																												// UTF-8
		Map<String, Throwable> outcomes = outcomes(run());

		assertThat(outcomes).containsOnlyKeys("garbled.adoc › cannot be read", "good.adoc › Hello");
		assertThat(outcomes.get("garbled.adoc › cannot be read")).isInstanceOf(AssertionError.class)
			.hasMessage(dir.resolve("documents/garbled.adoc")
					+ ":1: the file is not UTF-8 text: byte 0xC3 (column 3) is not UTF-8;" + " save the file as UTF-8");
		assertThat(outcomes.get("good.adoc › Hello")).isNull();
	}

	@Test
	void aFilterThatMatchesNoSpecFailsSayingSo() throws IOException {
		spec("good.adoc", "= Good\n");

		Map<String, Throwable> outcomes = outcomes(
				engine().configurationParameter(ConfigurationKeys.FILTER, "nothing/*")
					.selectors(selectClass(Greeter.class))
					.execute());

		assertThat(outcomes.get("no spec to run")).hasMessageContaining("No spec under")
			.hasMessageContaining("matches 'nothing/*'");
	}

	@Test
	void shardsRunEverySpecOnceBetweenThemAndTheirResultsMergeAsOneRunsWould() throws IOException {
		for (String name : new String[] { "a", "b", "c" }) {
			spec(name + ".adoc", GOOD);
		}

		Map<String, Throwable> first = outcomes(engine().configurationParameter(ConfigurationKeys.SHARD, "1/2")
			.configurationParameter(ConfigurationKeys.OUTPUT, dir.resolve("part1").toString())
			.selectors(selectClass(Greeter.class))
			.execute());
		Map<String, Throwable> second = outcomes(engine().configurationParameter(ConfigurationKeys.SHARD, "2/2")
			.configurationParameter(ConfigurationKeys.OUTPUT, dir.resolve("part2").toString())
			.selectors(selectClass(Greeter.class))
			.execute());

		assertThat(first).containsOnlyKeys("a.adoc › Hello", "c.adoc › Hello");
		assertThat(second).containsOnlyKeys("b.adoc › Hello");
		assertThat(ResultsFile.merge(List.of(dir.resolve("part2/results.json"), dir.resolve("part1/results.json")))
			.specs()).extracting(SpecResult::source).containsExactly("a.adoc", "b.adoc", "c.adoc");
	}

	/**
	 * What a later site compares a run with: each example's listings, as the spec states
	 * them (its placeholders unresolved), and when the run was.
	 */
	@Test
	void theResultsRecordEachExamplesRequestAndExpectedAnswerAsTheSpecStatesThem() throws IOException {
		spec("good.adoc", GOOD);

		run();

		SuiteResult results = ResultsFile.read(dir.resolve("out/results.json")).orElseThrow();
		assertThat(results.origin().format()).isEqualTo(ResultsFile.FORMAT);
		assertThat(results.origin().ranAt()).isNotNull();
		assertThat(results.specs()).singleElement()
			.satisfies(spec -> assertThat(spec.examples()).singleElement()
				.satisfies(example -> assertThat(example.listings()).containsExactly(
						new Listing(Listing.Kind.REQUEST, "GET /hello"), new Listing(Listing.Kind.EXPECTED_ANSWER,
								"{\"greeting\": \"hi\", \"id\": \"${any-number}\"}"))));
	}

	private void spec(String path, String text) throws IOException {
		Path file = dir.resolve("documents").resolve(path);
		Files.createDirectories(file.getParent());
		Files.writeString(file, text);
	}

	private EngineExecutionResults run() {
		return engine().selectors(selectClass(Greeter.class)).execute();
	}

	/**
	 * Configured as a service adopting the engine would be, quiet: these runs fail on
	 * purpose.
	 */
	private EngineTestKit.Builder engine() {
		return EngineTestKit.engine(SpecEngine.ID)
			.configurationParameter(ConfigurationKeys.SERVICE, Greeter.class.getName())
			.configurationParameter(ConfigurationKeys.ROOT, dir.resolve("documents").toString())
			.configurationParameter(ConfigurationKeys.OUTPUT, dir.resolve("out").toString())
			.configurationParameter(ConfigurationKeys.CONTRACT, "/contract.yaml")
			.configurationParameter(ConfigurationKeys.CONSOLE, "false")
			.configurationParameter(ConfigurationKeys.UPDATE, ""); // never rewritten,
																	// even in a build run
																	// with -Dspecs.update
	}

	/**
	 * Each finished test by its display name, with what it threw (null when it passed).
	 */
	static Map<String, Throwable> outcomes(EngineExecutionResults results) {
		Map<String, Throwable> outcomes = new LinkedHashMap<>();
		results.testEvents()
			.finished()
			.stream()
			.forEach(event -> outcomes.put(event.getTestDescriptor().getDisplayName(),
					event.getRequiredPayload(TestExecutionResult.class).getThrowable().orElse(null)));
		return outcomes;
	}

	/** The service these specs run against: the WireMock server of the running test. */
	static final class Greeter implements SpecifiedService {

		@Override
		public RunningService start() {
			return () -> URI.create(service.baseUrl());
		}

	}

}
