package dev.exemplar.spec.reading;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ConvertedSpecsTests {

	@Test
	void anUnchangedSpecIsReadBack(@TempDir Path cache) {
		assertThat(new ConvertedSpecs(cache).kept("= A")).isEmpty();
		new ConvertedSpecs(cache).keep("= A", "<p>= A</p>");

		assertThat(new ConvertedSpecs(cache).kept("= A")).contains("<p>= A</p>");
	}

	@Test
	void aChangedSpecIsNotReadBack(@TempDir Path cache) {
		new ConvertedSpecs(cache).keep("= A", "<p>= A</p>");

		assertThat(new ConvertedSpecs(cache).kept("= A, changed")).isEmpty();
	}

	@Test
	void aSpecThatIncludesOtherFilesIsNeverKept(@TempDir Path cache) {
		String including = "= A\n\ninclude::rows.adoc[]\n";
		new ConvertedSpecs(cache).keep(including, "<p>A</p>");

		assertThat(new ConvertedSpecs(cache).kept(including)).isEmpty();
	}

}
