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
 * for them.
 */
class AsciiDocConverterTests {

	@Test
	void aSpecConvertedBeforeRunsAsItWasWhenTheRunBeganAndOnlyOnce(@TempDir Path dir) throws IOException {
		Path cache = dir.resolve("converted");
		new ConvertedSpecs(cache).keep("= A\n", "<kept A/>");
		new ConvertedSpecs(cache).keep("= B\n", "<kept B/>");
		Path spec = dir.resolve("a.adoc");
		Files.writeString(spec, "= A\n");

		AsciiDocConverter.convertAhead(List.of(spec), cache);
		Files.writeString(spec, "= B\n"); // edited while the run goes on

		assertThat(converted(new AsciiDocConverter(spec, cache), "= B\n")).isEqualTo("<kept A/>");
		assertThat(converted(new AsciiDocConverter(spec, cache), "= B\n")).as("a later run reads the spec afresh")
			.isEqualTo("<kept B/>");
	}

	@Test
	void aKeptConversionIsReadWhenItsSpecRuns(@TempDir Path dir) throws IOException {
		Path cache = dir.resolve("converted");
		new ConvertedSpecs(cache).keep("= A\n", "<kept A/>");
		Path spec = dir.resolve("a.adoc");
		Files.writeString(spec, "= A\n");
		AsciiDocConverter.convertAhead(List.of(spec), cache);
		Path kept = new ConvertedSpecs(cache).keptFile("= A\n").orElseThrow();
		Files.writeString(kept, "<kept again/>"); // rewritten by a run beside this one

		AsciiDocConverter converter = new AsciiDocConverter(spec, cache);

		assertThat(converted(converter, "= A\n")).isEqualTo("<kept again/>");
		assertThat(converter.mistakes()).isEmpty();
	}

	private static String converted(AsciiDocConverter converter, String source) throws IOException {
		try (InputStream page = converter.convert(new ByteArrayInputStream(source.getBytes(StandardCharsets.UTF_8)),
				"a")) {
			return new String(page.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
