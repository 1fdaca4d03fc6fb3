package dev.exemplar.docsite;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.asciidoctor.Asciidoctor;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.exemplar.spec.results.ExampleStatus;
import dev.exemplar.spec.results.PageMarkup;
import dev.exemplar.spec.results.SpecLayout;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page of a spec that did not run, in a site built from a sample run: the sample's
 * feed/not-run.adoc holds the same examples as its executed feed/latest.adoc.
 */
class NotRunSpecPagesTests {

	@TempDir
	static Path dir;

	private static Element notRun;

	private static Element executed;

	private static Element unreadable;

	private static Asciidoctor asciidoctor;

	@BeforeAll
	static void buildASiteOfSomeSpecs() throws IOException {
		asciidoctor = Asciidoctor.Factory.create();
		SpecLayout layout = new SpecLayout(dir.resolve("specs"), dir.resolve("target/specs"));
		new SampleSpecs(asciidoctor).write(1, layout);
		SampleSpecs.writeContract(dir.resolve("openapi.yaml"));
		// Latin-1, not UTF-8: the engine cannot read it
		Files.write(layout.source("feed/latin-1.adoc"), "= Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
		Path site = dir.resolve("site");
		new SiteBuild(SiteSettings.forProject(dir)
			.title("Sample")
			.specsRoot("specs")
			.engineOutput("target/specs")
			.contract("openapi.yaml")
			.sources("site-sources")
			.output("site")
			.build()).run(asciidoctor);
		notRun = Jsoup.parse(site.resolve("feed/not-run.html")).selectFirst(".spec-content");
		executed = Jsoup.parse(site.resolve("feed/latest.html")).selectFirst(".spec-content");
		unreadable = Jsoup.parse(site.resolve("feed/latin-1.html")).selectFirst(".spec-content");
	}

	@AfterAll
	static void shutDown() {
		asciidoctor.shutdown();
	}

	@Test
	void itsRequestsAndExpectedAnswersAreClassedAndLabelled() {
		assertThat(notRun.select(".listingblock.spec-request > ." + SpecPageImporter.LISTING_LABEL)).hasSize(4)
			.allSatisfy(label -> assertThat(label.text()).isEqualTo("Request"));
		assertThat(notRun.select(".listingblock.spec-expected-answer > ." + SpecPageImporter.LISTING_LABEL)).hasSize(4)
			.allSatisfy(label -> assertThat(label.text()).isEqualTo("Expected answer"));
	}

	@Test
	void eachRequestHasItsCurlCommandAndACopyButton() {
		assertThat(notRun.select(".spec-request + details." + CurlCommands.CURL + " button." + CurlCommands.COPY))
			.hasSize(4);
		assertThat(notRun.selectFirst("details." + CurlCommands.CURL + " pre").text())
			.startsWith("curl -X GET \"" + CurlCommands.BASE_URL + "/latest?limit=2\"");
	}

	@Test
	void itsListingsAreHighlightedAtBuildTime() {
		assertThat(notRun.select(".listingblock pre.highlight")).hasSize(8)
			.allSatisfy(pre -> assertThat(pre.hasClass("rouge")).as(pre.text()).isTrue());
		assertThat(notRun.select(".spec-request pre.rouge span.nf").eachText()).containsExactly("GET", "POST", "POST",
				"DELETE");
	}

	@Test
	void itSaysNothingRanAndShowsNoResult() {
		assertThat(notRun.selectFirst("." + NotRunSpecPages.NOTE).text()).startsWith("Not run in this build");
		assertThat(notRun.select("." + StatusMarks.BADGE)).hasSize(4)
			.allSatisfy(badge -> assertThat(badge.classNames()).contains("status-" + SiteMap.SpecEntry.NOT_RUN))
			.allSatisfy(badge -> assertThat(badge.text()).isEqualTo("not run in this build"));
		String results = Stream.of(ExampleStatus.values())
			.flatMap(status -> Stream.of(".status-" + status.label(), "." + PageMarkup.statusClass(status)))
			.collect(Collectors.joining(", ",
					"[data-status], ." + ActualAnswers.ACTUAL + ", ." + PageMarkup.FAILURE + ", ", ""));
		assertThat(notRun.select(results)).isEmpty();
		assertThat(executed.select(results)).as("what an executed page shows").isNotEmpty();
	}

	@Test
	void aSpecTheEngineCannotReadStillHasAPageThatSaysWhy() {
		assertThat(unreadable.selectFirst("." + NotRunSpecPages.NOTE)).isNotNull();
		assertThat(unreadable.text()).contains("This spec cannot be read", "latin-1.adoc:1", "not UTF-8");
	}

}
