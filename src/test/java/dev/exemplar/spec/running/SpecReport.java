package dev.exemplar.spec.running;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.exemplar.spec.results.ResultsFile;
import dev.exemplar.spec.results.SpecLayout;
import dev.exemplar.spec.results.SpecResult;
import dev.exemplar.spec.results.SuiteResult;
import dev.exemplar.spec.results.Tally;

/**
 * The run's account of itself: a console line per spec as it ends, a summary at the end,
 * and results.json, which the documentation site reads.
 */
public final class SpecReport {

	private final SpecLayout layout;

	private final PrintStream console;

	private final List<SpecResult> specs = new ArrayList<>();

	public SpecReport(SpecLayout layout, PrintStream console) {
		this.layout = layout;
		this.console = console;
	}

	public synchronized void specFinished(SpecResult spec) {
		specs.add(spec);
		Tally tally = spec.tally();
		console.printf("[spec] %-8s %s — %s%n", tally.failed() > 0 ? "FAILED" : "ok", spec.source(), tally);
	}

	/**
	 * Writes results.json, its specs in path order whatever order they ended in, and
	 * prints the summary.
	 */
	public synchronized SuiteResult finish() throws IOException {
		specs.sort(Comparator.comparing(SpecResult::source));
		SuiteResult suite = new SuiteResult(specs);
		ResultsFile.write(layout.resultsFile(), suite);
		console.printf("%n[spec] %d specs: %s%n[spec] pages: %s%n", specs.size(), suite.tally(),
				layout.outputDir().toAbsolutePath().normalize().toUri());
		return suite;
	}

}
