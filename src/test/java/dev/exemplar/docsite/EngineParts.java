package dev.exemplar.docsite;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.springframework.util.FileSystemUtils;

import dev.exemplar.spec.results.ResultsFile;
import dev.exemplar.spec.results.SpecLayout;

/**
 * The outputs of a spec run made in parts on several machines
 * ({@code -Dspecs.shard=K/N}), gathered into the engine's output folder as if one run had
 * written it: every part's pages, and one results file of every spec.
 */
final class EngineParts {

	private EngineParts() {
	}

	static void gather(List<Path> parts, SpecLayout into) throws IOException {
		FileSystemUtils.deleteRecursively(into.outputDir());
		for (Path part : parts) {
			// each part's results file comes along and is replaced by the merged one
			// below
			FileCopy.tree(part, into.outputDir());
		}
		ResultsFile.write(into.resultsFile(),
				ResultsFile.merge(parts.stream().map(part -> part.resolve(SpecLayout.RESULTS_FILE)).toList()));
	}

}
