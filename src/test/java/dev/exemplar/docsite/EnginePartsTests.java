package dev.exemplar.docsite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.exemplar.spec.results.ResultsFile;
import dev.exemplar.spec.results.SpecLayout;
import dev.exemplar.spec.results.SpecResult;
import dev.exemplar.spec.results.SuiteResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EnginePartsTests {

	@TempDir
	Path dir;

	@Test
	void thePartsOfARunAreGatheredAsOneRunWouldHaveWrittenThem() throws IOException {
		Path first = part("part1", "b/two.adoc", "a/one.adoc");
		Path second = part("part2", "a/three.adoc");
		SpecLayout into = new SpecLayout(dir.resolve("specs"), dir.resolve("out"));
		Files.createDirectories(into.outputDir());
		Files.writeString(into.outputDir().resolve("stale.html"), "of an earlier run");

		EngineParts.gather(List.of(first, second), into);

		assertThat(ResultsFile.read(into.resultsFile()).orElseThrow().specs()).extracting(SpecResult::source)
			.containsExactly("a/one.adoc", "a/three.adoc", "b/two.adoc");
		assertThat(into.page("a/three.adoc")).hasContent("page of a/three.adoc");
		assertThat(into.page("b/two.adoc")).hasContent("page of b/two.adoc");
		assertThat(into.outputDir().resolve("stale.html")).doesNotExist();
	}

	@Test
	void aSpecInTwoPartsOrAPartThatDidNotRunIsRefused() throws IOException {
		Path first = part("part1", "a/one.adoc");
		Path again = part("part2", "a/one.adoc");
		SpecLayout into = new SpecLayout(dir.resolve("specs"), dir.resolve("out"));

		assertThatThrownBy(() -> EngineParts.gather(List.of(first, again), into))
			.hasMessageContaining("a/one.adoc ran in more than one part");
		assertThatThrownBy(() -> EngineParts.gather(List.of(first, dir.resolve("part3")), into))
			.hasMessageContaining("did that part run?");
	}

	private Path part(String name, String... specs) throws IOException {
		SpecLayout layout = new SpecLayout(dir.resolve("specs"), dir.resolve(name));
		for (String spec : specs) {
			Files.createDirectories(layout.page(spec).getParent());
			Files.writeString(layout.page(spec), "page of " + spec);
		}
		ResultsFile.write(layout.resultsFile(),
				new SuiteResult(List.of(specs)
					.stream()
					.map(spec -> new SpecResult(spec, SpecLayout.pageOf(spec), spec, List.of()))
					.toList()));
		return layout.outputDir();
	}

}
