package dev.exemplar.spec.running;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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

	/** How many examples were not run, by why. */
	private final Map<String, Integer> notRun = new TreeMap<>();

	/** How many examples of the specs that ran were left out, by why. */
	private final Map<String, Integer> leftOut = new TreeMap<>();

	/** How many specs were left out whole (none of their examples selected), by why. */
	private final Map<String, Integer> specsLeftOut = new TreeMap<>();

	public SpecReport(SpecLayout layout, PrintStream console) {
		this.layout = layout;
		this.console = console;
	}

	/**
	 * @param notRunReasons why each example that was not run was not
	 */
	public synchronized void specFinished(SpecResult spec, List<String> notRunReasons) {
		specs.add(spec);
		notRunReasons.forEach(reason -> notRun.merge(reason, 1, Integer::sum));
		Tally tally = spec.tally();
		console.printf("[spec] %-8s %s — %s%n", tally.failed() > 0 ? "FAILED" : "ok", spec.source(), tally);
	}

	/**
	 * Examples of a spec that are not run nor shown, as the run selects them (by tag).
	 */
	public synchronized void leftOut(int count, String why) {
		leftOut.merge(why, count, Integer::sum);
	}

	/**
	 * A spec none of whose examples the run selects (by tag): JUnit's filter removes it
	 * before it is read, so its examples are not counted, the spec is.
	 */
	public synchronized void specLeftOut(String why) {
		specsLeftOut.merge(why, 1, Integer::sum);
	}

	/**
	 * Writes results.json, its specs in path order whatever order they ended in, and
	 * prints the summary.
	 */
	public synchronized SuiteResult finish() throws IOException {
		specs.sort(Comparator.comparing(SpecResult::source));
		SuiteResult suite = new SuiteResult(specs);
		ResultsFile.write(layout.resultsFile(), suite);
		console.printf("%n[spec] %d specs: %s%n", specs.size(), suite.tally());
		if (!notRun.isEmpty()) {
			console.printf("[spec] %d of %d examples ran; the others were not run because%n",
					suite.tally().total() - suite.tally().ignored(), suite.tally().total());
			notRun.forEach((reason, count) -> console.printf("[spec]   %3d × %s%n", count, reason));
		}
		printLeftOut();
		console.printf("[spec] pages: %s%n", layout.outputDir().toAbsolutePath().normalize().toUri());
		return suite;
	}

	/**
	 * A line per why: the examples of the specs that ran, then the specs left out whole.
	 */
	private void printLeftOut() {
		Map<String, String> lines = new TreeMap<>();
		leftOut.forEach((why, count) -> lines.put(why, some(count, "example") + " of these specs" + were(count)));
		specsLeftOut.forEach((why, count) -> lines.merge(why, some(count, "spec") + were(count) + " whole",
				(examples, whole) -> examples + ", and " + some(count, "spec") + " whose examples all were"));
		lines.forEach((why, line) -> console.printf("[spec] %s: %s%n", line, why));
	}

	private static String some(int count, String noun) {
		return count + " " + noun + (count == 1 ? "" : "s");
	}

	private static String were(int count) {
		return count == 1 ? " was left out" : " were left out";
	}

}
