package dev.exemplar.docsite;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CoverageTests {

    private final ApiContract contract = ApiContract.read(Path.of("src/main/resources/openapi.yaml"));

    @Test
    void eachExchangeCountsForItsOperationAndCode() {
        Coverage coverage = new Coverage(contract, results(
                new SpecResults.Exchange("GET", "/tweets/t1", 200),
                new SpecResults.Exchange("get", "/latest?limit=2", 200),
                new SpecResults.Exchange("POST", "/tweets", 409)));

        assertThat(examples(coverage, "GET /tweets/{id}", "200")).containsExactly("Reading back");
        assertThat(examples(coverage, "GET /latest", "200")).containsExactly("Reading back");
        assertThat(examples(coverage, "POST /tweets", "409")).containsExactly("Reading back");
        assertThat(examples(coverage, "GET /tweets/{id}", "404")).isEmpty();
        assertThat(coverage.uncovered()).isEqualTo(contract.operations().stream()
                .mapToLong(operation -> operation.responses().size()).sum() - 3);
    }

    @Test
    void codesTheContractDoesNotDocumentAndUnknownPathsAreKept() {
        Coverage coverage = new Coverage(contract, results(
                new SpecResults.Exchange("GET", "/latest", 500),
                new SpecResults.Exchange("DELETE", "/tweets/t1", 405)));

        Coverage.Row undeclared = coverage.rows().stream()
                .filter(row -> row.operation().label().equals("GET /latest") && row.code().equals("500"))
                .findFirst().orElseThrow();
        assertThat(undeclared.declared()).isFalse();
        assertThat(coverage.strays()).extracting(stray -> stray.exchange().path()).containsExactly("/tweets/t1");
    }

    @Test
    void responsesSharedThroughARefAreResolved() {
        ApiContract.ApiOperation latest = contract.operations().stream()
                .filter(operation -> operation.label().equals("GET /latest")).findFirst().orElseThrow();
        assertThat(latest.responses().get("400").getDescription()).contains("malformed");
    }

    private static SpecResults results(SpecResults.Exchange... exchanges) {
        SpecResults.Example example = new SpecResults.Example("Reading back", "reading-back", "passed", List.of(exchanges));
        return new SpecResults(true, List.of(new SpecResults.Spec("feed/tweets.adoc", "feed/tweets.html", "Tweets",
                List.of(example))));
    }

    private static List<String> examples(Coverage coverage, String operation, String code) {
        return coverage.rows().stream()
                .filter(row -> row.operation().label().equals(operation) && row.code().equals(code))
                .flatMap(row -> row.examples().stream()).map(Coverage.ExampleRef::example).toList();
    }
}
