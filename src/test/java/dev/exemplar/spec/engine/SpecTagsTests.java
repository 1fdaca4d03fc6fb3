package dev.exemplar.spec.engine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestTag;
import org.junit.platform.launcher.TagFilter;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

import dev.exemplar.spec.api.ConfigurationKeys;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tags written in a spec select its examples as JUnit tags select tests: given as
 * Failsafe gives {@code -Dgroups} and {@code -DexcludedGroups} (a configuration parameter
 * and JUnit's own filter, both), only the examples so tagged run, or only the others.
 */
class SpecTagsTests {

	private static ServiceUnderTest service;

	@TempDir
	static Path specs;

	@BeforeAll
	static void start() throws IOException {
		service = ServiceUnderTest.start(ServiceUnderTest.HELLO_CONTRACT, false);
		service.http.stubFor(get("/hello").willReturn(okJson("{\"greeting\": \"hi\"}")));
		Files.writeString(specs.resolve("mixed.adoc"), "= Mixed\n\n" + example("Tagged", "[tags=smoke]")
				+ example("Untagged", "") + example("Slow", "[tags=\"smoke,slow\"]"));
		Files.writeString(specs.resolve("whole.adoc"),
				"= Whole\n:tags: smoke\n\n" + example("First", "") + example("Second", "[tags=slow]"));
		Files.writeString(specs.resolve("plain.adoc"), "= Plain\n\n" + example("Plain", ""));
	}

	@AfterAll
	static void stop() throws IOException {
		service.close();
	}

	@Test
	void groupsRunsTheExamplesSoTaggedAndASpecsTagTagsEachOfItsExamples(@TempDir Path output) {
		EngineExecutionResults results = run(output, ConfigurationKeys.GROUPS, "smoke");

		assertThat(passed(results)).containsExactlyInAnyOrder("mixed.adoc › Tagged", "mixed.adoc › Slow",
				"whole.adoc › First", "whole.adoc › Second");
		assertThat(results.testEvents().started().list()).extracting(Event::getTestDescriptor)
			.filteredOn(example -> example.getDisplayName().equals("whole.adoc › Second"))
			.singleElement()
			.extracting(TestDescriptor::getTags)
			.isEqualTo(java.util.Set.of(TestTag.create("smoke"), TestTag.create("slow")));
	}

	@Test
	void excludedGroupsRunsTheOthersOfASpecWithSomeSoTagged(@TempDir Path output) {
		EngineExecutionResults results = run(output, ConfigurationKeys.EXCLUDED_GROUPS, "smoke");

		assertThat(passed(results)).containsExactlyInAnyOrder("mixed.adoc › Untagged", "plain.adoc › Plain");
	}

	@Test
	void aTagExpressionSelectsAsInJUnit(@TempDir Path output) {
		EngineExecutionResults results = run(output, ConfigurationKeys.GROUPS, "smoke & !slow");

		assertThat(passed(results)).containsExactlyInAnyOrder("mixed.adoc › Tagged", "whole.adoc › First");
	}

	@Test
	void theSummaryCountsTheSpecsJUnitsFilterLeftOutWhole(@TempDir Path output) {
		String summary = printed(output, ConfigurationKeys.GROUPS, "smoke");

		assertThat(summary).contains("[spec] 1 example of these specs was left out, and 1 spec whose examples all"
				+ " were: their tags do not match groups=smoke");
	}

	@Test
	void aSpecLeftOutWholeByExcludedGroupsIsCountedToo(@TempDir Path output) {
		String summary = printed(output, ConfigurationKeys.EXCLUDED_GROUPS, "smoke");

		assertThat(summary).contains("[spec] 2 examples of these specs were left out, and 1 spec whose examples"
				+ " all were: their tags do not match excludedGroups=smoke");
	}

	/** What a run prints to standard output, where the engine writes its summary. */
	private String printed(Path output, String key, String expression) {
		PrintStream standardOut = System.out;
		ByteArrayOutputStream console = new ByteArrayOutputStream();
		System.setOut(new PrintStream(console, true, StandardCharsets.UTF_8));
		try {
			engine(output, key, expression).configurationParameter(ConfigurationKeys.CONSOLE, "true").execute();
		}
		finally {
			System.setOut(standardOut);
		}
		return console.toString(StandardCharsets.UTF_8);
	}

	private EngineExecutionResults run(Path output, String key, String expression) {
		return engine(output, key, expression).execute();
	}

	/**
	 * As Failsafe runs it: the expression as a configuration parameter and as a filter.
	 */
	private EngineTestKit.Builder engine(Path output, String key, String expression) {
		return service.engine(specs, output)
			.configurationParameter(key, expression)
			.filters(key.equals(ConfigurationKeys.GROUPS) ? TagFilter.includeTags(expression)
					: TagFilter.excludeTags(expression));
	}

	private static List<String> passed(EngineExecutionResults results) {
		assertThat(results.testEvents().failed().count()).isZero();
		return results.testEvents()
			.succeeded()
			.list()
			.stream()
			.map(event -> event.getTestDescriptor().getDisplayName())
			.toList();
	}

	private static String example(String title, String tags) {
		return tags + "\n== " + title + "\n\n[source,http]\n----\nGET /hello\n----\n\n[source,json]\n----\n"
				+ "{\"greeting\": \"hi\"}\n----\n\n";
	}

}
