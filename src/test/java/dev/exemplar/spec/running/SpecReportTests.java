package dev.exemplar.spec.running;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.exemplar.spec.results.ExampleResult;
import dev.exemplar.spec.results.ExampleStatus;
import dev.exemplar.spec.results.SpecLayout;
import dev.exemplar.spec.results.SpecResult;

import static org.assertj.core.api.Assertions.assertThat;

/** The run's summary says how many examples ran, and why the others did not. */
class SpecReportTests {

	@TempDir
	Path dir;

	@Test
	void theSummaryCountsTheExamplesNotRunByTheirReason() throws IOException {
		ByteArrayOutputStream console = new ByteArrayOutputStream();
		SpecReport report = new SpecReport(new SpecLayout(dir.resolve("specs"), dir.resolve("out")),
				new PrintStream(console, true, StandardCharsets.UTF_8));

		report.specFinished(spec("a.adoc", ExampleStatus.PASSED, ExampleStatus.IGNORED, ExampleStatus.IGNORED),
				List.of("it needs an empty database", "it needs a sign-in"));
		report.specFinished(spec("b.adoc", ExampleStatus.FAILED, ExampleStatus.IGNORED),
				List.of("it needs an empty database"));
		report.leftOut(3, "their tags do not match groups=smoke");
		report.leftOut(4, "their tags do not match groups=smoke");
		report.finish();

		assertThat(console.toString(StandardCharsets.UTF_8)).contains("2 of 5 examples ran",
				"  2 × it needs an empty database", "  1 × it needs a sign-in",
				"7 examples of these specs were left out: their tags do not match groups=smoke");
	}

	@Test
	void theSummaryCountsTheSpecsLeftOutWholeBesideTheExamplesLeftOut() throws IOException {
		ByteArrayOutputStream console = new ByteArrayOutputStream();
		SpecReport report = new SpecReport(new SpecLayout(dir.resolve("specs"), dir.resolve("out")),
				new PrintStream(console, true, StandardCharsets.UTF_8));

		report.specFinished(spec("a.adoc", ExampleStatus.PASSED), List.of());
		report.leftOut(1, "their tags do not match groups=smoke");
		report.specLeftOut("their tags do not match groups=smoke");
		report.specLeftOut("their tags do not match groups=smoke");
		report.specLeftOut("their tags do not match excludedGroups=web");
		report.finish();

		assertThat(console.toString(StandardCharsets.UTF_8)).contains(
				"1 example of these specs was left out, and 2 specs whose examples all were:"
						+ " their tags do not match groups=smoke",
				"1 spec was left out whole: their tags do not match excludedGroups=web");
	}

	private static SpecResult spec(String path, ExampleStatus... statuses) {
		return new SpecResult(path, SpecLayout.pageOf(path), path,
				Arrays.stream(statuses)
					.map(status -> new ExampleResult(status.name(), status.name().toLowerCase(), status, List.of()))
					.toList());
	}

}
