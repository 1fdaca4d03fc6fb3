package dev.exemplar.docsite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.exemplar.spec.results.ExampleResult;
import dev.exemplar.spec.results.ExampleStatus;
import dev.exemplar.spec.results.Exchange;
import dev.exemplar.spec.results.SpecResult;
import dev.exemplar.spec.results.SuiteResult;

import static org.assertj.core.api.Assertions.assertThat;

class CoverageTests {

	private static ApiContract contract;

	@BeforeAll
	static void readTheSampleContract(@TempDir Path folder) throws IOException {
		Path file = folder.resolve("openapi.yaml");
		SampleSpecs.writeContract(file);
		contract = ApiContract.read(file);
	}

	@Test
	void eachExchangeCountsForItsOperationAndCode() {
		Coverage coverage = new Coverage(contract, results(new Exchange("GET", "/posts/p1", 200),
				new Exchange("get", "/latest?limit=2", 200), new Exchange("POST", "/posts", 409)));

		assertThat(examples(coverage, "GET /posts/{id}", "200")).containsExactly("Reading back");
		assertThat(examples(coverage, "GET /latest", "200")).containsExactly("Reading back");
		assertThat(examples(coverage, "POST /posts", "409")).containsExactly("Reading back");
		assertThat(examples(coverage, "GET /posts/{id}", "404")).isEmpty();
		// the sample contract documents 7 answers:
		// POST /posts 201 400 409, GET /posts/{id} 200 404, GET /latest 200 400
		assertThat(coverage.uncovered()).isEqualTo(7 - 3);
	}

	@Test
	void codesTheContractDoesNotDocumentAndUnknownPathsAreKept() {
		Coverage coverage = new Coverage(contract,
				results(new Exchange("GET", "/latest", 500), new Exchange("DELETE", "/posts/p1", 405)));

		Coverage.Row undeclared = coverage.rows()
			.stream()
			.filter(row -> row.operation().label().equals("GET /latest") && row.code().equals("500"))
			.findFirst()
			.orElseThrow();
		assertThat(undeclared.declared()).isFalse();
		assertThat(coverage.strays()).extracting(stray -> stray.exchange().path()).containsExactly("/posts/p1");
	}

	@Test
	void anExchangeIsMatchedByItsPathAloneAndOnlyByAWholeTemplate() {
		Coverage coverage = new Coverage(contract,
				results(new Exchange("GET", "http://localhost:8080/posts/p1?fields=text#top", 200),
						new Exchange("GET", "/latest/", 200), new Exchange("GET", "/posts/p1/replies", 200),
						new Exchange("GET", "/latestx", 200)));

		assertThat(examples(coverage, "GET /posts/{id}", "200")).containsExactly("Reading back");
		assertThat(examples(coverage, "GET /latest", "200")).containsExactly("Reading back");
		assertThat(coverage.strays()).extracting(stray -> stray.exchange().path())
			.containsExactly("/posts/p1/replies", "/latestx");
	}

	@Test
	void aLiteralPathWinsOverATemplateWithAVariable(@TempDir Path folder) throws IOException {
		Path file = folder.resolve("openapi.yaml");
		Files.writeString(file, """
				openapi: 3.0.3
				info: {title: Posts, version: 1.0.0}
				paths:
				  /posts/{id}:
				    get: {responses: {'200': {description: One post.}}}
				  /posts/latest:
				    get: {responses: {'200': {description: The newest post.}}}
				""");
		Coverage coverage = new Coverage(ApiContract.read(file), results(new Exchange("GET", "/posts/latest", 200)));

		assertThat(examples(coverage, "GET /posts/latest", "200")).containsExactly("Reading back");
		assertThat(examples(coverage, "GET /posts/{id}", "200")).isEmpty();
	}

	@Test
	void responsesSharedThroughARefAreResolved() {
		ApiContract.ApiOperation latest = contract.operations()
			.stream()
			.filter(operation -> operation.label().equals("GET /latest"))
			.findFirst()
			.orElseThrow();
		assertThat(latest.responses().get("400").getDescription()).contains("malformed");
	}

	private static SuiteResult results(Exchange... exchanges) {
		ExampleResult example = new ExampleResult("Reading back", "reading-back", ExampleStatus.PASSED,
				List.of(exchanges));
		return new SuiteResult(
				List.of(new SpecResult("feed/posts.adoc", "feed/posts.html", "Posts", List.of(example))));
	}

	private static List<String> examples(Coverage coverage, String operation, String code) {
		return coverage.rows()
			.stream()
			.filter(row -> row.operation().label().equals(operation) && row.code().equals(code))
			.flatMap(row -> row.examples().stream())
			.map(Coverage.ExampleRef::example)
			.toList();
	}

}
