package dev.exemplar.spec.reading;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Specs converted in an earlier run are read back when they run, and no JRuby is started
 * for them; each run reads its own conversions.
 */
class AsciiDocConverterTests {

	@Test
	void aSpecConvertedBeforeRunsAsItWasWhenTheRunBeganAndOnlyOnce(@TempDir Path dir) throws IOException {
		Path cache = dir.resolve("converted");
		new ConvertedSpecs(cache).keep("= A\n", "<kept A/>");
		new ConvertedSpecs(cache).keep("= B\n", "<kept B/>");
		Path spec = dir.resolve("a.adoc");
		Files.writeString(spec, "= A\n");
		SpecConversions run = new SpecConversions(cache);

		run.convertAhead(List.of(spec));
		Files.writeString(spec, "= B\n"); // edited while the run goes on

		assertThat(converted(run.converter(spec), "= B\n")).isEqualTo("<kept A/>");
		assertThat(converted(run.converter(spec), "= B\n")).as("a later read converts the spec afresh")
			.isEqualTo("<kept B/>");
	}

	@Test
	void aKeptConversionIsReadWhenItsSpecRuns(@TempDir Path dir) throws IOException {
		Path cache = dir.resolve("converted");
		new ConvertedSpecs(cache).keep("= A\n", "<kept A/>");
		Path spec = dir.resolve("a.adoc");
		Files.writeString(spec, "= A\n");
		SpecConversions run = new SpecConversions(cache);
		run.convertAhead(List.of(spec));
		Path kept = new ConvertedSpecs(cache).keptFile("= A\n").orElseThrow();
		Files.writeString(kept, "<kept again/>"); // rewritten by a run beside this one

		AsciiDocConverter converter = run.converter(spec);

		assertThat(converted(converter, "= A\n")).isEqualTo("<kept again/>");
		assertThat(converter.mistakes()).isEmpty();
	}

	/**
	 * Two runs in one JVM (two test classes, say) name the same spec file, each as it was
	 * when that run began.
	 */
	@Test
	void twoRunsInOneJvmReadEachItsOwnConversionOfTheSameSpec(@TempDir Path dir) throws IOException {
		Path spec = dir.resolve("a.adoc");
		Path firstCache = dir.resolve("first-converted");
		Path secondCache = dir.resolve("second-converted");
		new ConvertedSpecs(firstCache).keep("= A\n", "<the first run's A/>");
		new ConvertedSpecs(secondCache).keep("= B\n", "<the second run's B/>");
		Files.writeString(spec, "= A\n");
		SpecConversions first = new SpecConversions(firstCache);
		first.convertAhead(List.of(spec));
		Files.writeString(spec, "= B\n");
		SpecConversions second = new SpecConversions(secondCache);
		second.convertAhead(List.of(spec));

		assertThat(converted(first.converter(spec), "= B\n")).isEqualTo("<the first run's A/>");
		assertThat(converted(second.converter(spec), "= B\n")).isEqualTo("<the second run's B/>");
	}

	private static String converted(AsciiDocConverter converter, String source) throws IOException {
		try (InputStream page = converter.convert(new ByteArrayInputStream(source.getBytes(StandardCharsets.UTF_8)),
				"a")) {
			return new String(page.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
