package dev.exemplar.spec.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.springframework.util.FileSystemUtils;

import dev.exemplar.spec.results.ExampleStatus;
import dev.exemplar.spec.results.ResultsFile;
import dev.exemplar.spec.results.SpecResult;
import dev.exemplar.spec.results.SuiteResult;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every mistake an author can make in a spec is reported as itself, with its file and
 * line and what to write instead: a corpus of malformed specs
 * ({@code src/test/resources/dev/exemplar/spec/malformed}, one kind a file, each stating
 * on its first line the line and the message expected), run in one go beside a good spec
 * against a stand-in service (WireMock) with a real PostgreSQL for the tables. The good
 * spec still runs, and results.json and its page are still written, for the site.
 */
class MalformedSpecsTests {

	private static final Path CORPUS = Path.of("src/test/resources/dev/exemplar/spec/malformed");

	private static final Pattern EXPECTATION = Pattern.compile("// expect: (\\d+): (.+)");

	private static ServiceUnderTest service;

	/**
	 * Under target/, beside the conversions it keeps: the corpus's well-formed specs are
	 * converted once, not every run.
	 */
	private static final Path OUTPUT = Path.of("target", "malformed-specs");

	@BeforeAll
	static void start() throws IOException {
		service = ServiceUnderTest.start(ServiceUnderTest.HELLO_CONTRACT, true);
		service.http.stubFor(get("/hello").willReturn(okJson("{\"greeting\": \"hi\", \"id\": 7}")));
	}

	@AfterAll
	static void stop() throws IOException {
		service.close();
	}

	@Test
	void everyMistakeIsReportedAsItselfWithItsLineAndTheOtherSpecsStillRun() throws IOException {
		FileSystemUtils.deleteRecursively(OUTPUT);
		Map<String, List<String>> failures = failuresBySpec(service.engine(CORPUS, OUTPUT).execute());

		List<Path> corpus = kinds();
		assertThat(corpus).hasSizeGreaterThanOrEqualTo(25);
		List<String> misreported = new ArrayList<>(); // every kind reported otherwise,
														// not the first only
		for (Path kind : corpus) {
			Matcher expected = expectation(kind);
			String spec = kind.getFileName().toString();
			String where = CORPUS.resolve(spec) + ":" + expected.group(1) + ":";
			List<String> messages = failures.getOrDefault(spec, List.of());
			if (messages.size() != 1 || !messages.get(0).contains(where) || !messages.get(0).contains(expected.group(2))
					|| messages.get(0).contains("Exception")) {
				misreported.add(spec + ": expected one failure naming " + where + " and saying '" + expected.group(2)
						+ "'; got " + messages);
			}
		}
		assertThat(misreported).isEmpty();
		assertThat(failures).doesNotContainKey("good.adoc");

		SuiteResult suite = ResultsFile.read(OUTPUT.resolve("results.json")).orElseThrow();
		SpecResult good = suite.specs()
			.stream()
			.filter(spec -> spec.source().equals("good.adoc"))
			.findFirst()
			.orElseThrow();
		assertThat(good.examples()).singleElement()
			.satisfies(example -> assertThat(example.status()).isEqualTo(ExampleStatus.PASSED));
		assertThat(OUTPUT.resolve("good.html")).content().contains("spec-passed");
	}

	/** Each malformed spec of the corpus (the good one aside). */
	private static List<Path> kinds() throws IOException {
		try (Stream<Path> files = Files.list(CORPUS)) {
			return files.filter(file -> !file.getFileName().toString().equals("good.adoc")).sorted().toList();
		}
	}

	/**
	 * Its first line: {@code // expect: LINE: MESSAGE}, read as bytes (one file of the
	 * corpus is not UTF-8).
	 */
	private static Matcher expectation(Path kind) throws IOException {
		byte[] bytes = Files.readAllBytes(kind);
		int end = 0;
		while (bytes[end] != '\n') {
			end++;
		}
		Matcher expected = EXPECTATION.matcher(new String(bytes, 0, end, StandardCharsets.UTF_8));
		assertThat(expected.matches()).as(kind + " states its line and message on its first line").isTrue();
		return expected;
	}

	/** The messages of the failed tests, by the spec they are in. */
	private static Map<String, List<String>> failuresBySpec(EngineExecutionResults results) {
		Map<String, List<String>> failures = new TreeMap<>();
		results.testEvents().failed().stream().forEach(event -> {
			String spec = event.getTestDescriptor().getDisplayName().replaceFirst(" › .*", "");
			String message = event.getRequiredPayload(TestExecutionResult.class)
				.getThrowable()
				.map(Throwable::getMessage)
				.orElse("");
			failures.computeIfAbsent(spec, key -> new ArrayList<>()).add(message);
		});
		return failures;
	}

}
