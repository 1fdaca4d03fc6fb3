package dev.exemplar.docsite;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import dev.exemplar.spec.results.ExampleResult;
import dev.exemplar.spec.results.ExampleStatus;
import dev.exemplar.spec.results.Exchange;
import dev.exemplar.spec.results.SpecResult;

import static org.assertj.core.api.Assertions.assertThat;

class ActualAnswersTests {

	private static final String EXAMPLE = """
			<div class="spec-example" id="example-made"><h2 id="made">Made</h2>
			<div class="listingblock spec-request"><pre>POST /databases</pre></div>
			<div class="listingblock spec-expected-answer"><pre>201

			{"id": "${capture:id}", "port": "${any-number}"}</pre></div>
			<div class="listingblock spec-request"><pre>GET /databases/${id}</pre></div>
			<div class="listingblock spec-expected-answer lenient"><pre>{"label": "notes"}</pre></div>
			<div class="listingblock spec-request"><pre>DELETE /databases/${id}</pre></div>
			<div class="listingblock spec-expected-answer"><pre>204</pre></div>
			</div>""";

	@Test
	void anExpectationThatChecksPartSaysSoBesideWhatCameBack() {
		Element content = Jsoup.parseBodyFragment(EXAMPLE).body();
		ActualAnswers.show(new Page("databases/made.html", "Made", content, null, "spec-page"), new SpecResult(
				"databases/made.adoc", "databases/made.html", "Made",
				List.of(new ExampleResult("Made", "made", ExampleStatus.PASSED,
						List.of(new Exchange("POST", "/databases", 201, "201\n\n{\"id\": \"d1\", \"port\": 5432}"),
								new Exchange("GET", "/databases/d1", 200,
										"200\n\n{\"label\": \"notes\", \"port\": 5432}"),
								new Exchange("DELETE", "/databases/d1", 204, "204"))))));

		assertThat(content.select(".checks-only").eachText()).containsExactly(
				"Each ${…} stands for a value of its kind, checked but not compared: see what came back below.",
				"Checks only what it names: the answer may hold more.");
		assertThat(content.select(".actual-answer pre").eachText()).containsExactly(
				"201\n\n{\n  \"id\" : \"d1\",\n  \"port\" : 5432\n}",
				"200\n\n{\n  \"label\" : \"notes\",\n  \"port\" : 5432\n}");
		assertThat(content.select(".actual-answer > summary").eachText()).containsOnly("What came back in this build");
	}

}
