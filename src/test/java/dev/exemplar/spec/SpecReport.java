package dev.exemplar.spec;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.exemplar.spec.results.ResultsFile;
import dev.exemplar.spec.results.SpecLayout;
import dev.exemplar.spec.results.SpecResult;
import dev.exemplar.spec.results.SuiteResult;
import dev.exemplar.spec.results.Tally;

/**
 * The suite's account of itself: a console line per spec as it ends, a summary at the end, and results.json,
 * which the documentation site reads.
 */
final class SpecReport {

    private final Path outputDir;
    private final PrintStream console;
    private final List<SpecResult> specs = new ArrayList<>();

    SpecReport(Path outputDir, PrintStream console) {
        this.outputDir = outputDir;
        this.console = console;
    }

    synchronized void specFinished(SpecRun run) {
        SpecResult spec = new SpecResult(run.path(), SpecLayout.pageOf(run.path()), run.title(),
                run.results().stream().map(ExampleOutcome::result).toList());
        specs.add(spec);
        Tally tally = spec.tally();
        console.printf("[spec] %-8s %s — %s%n", tally.failed() > 0 ? "FAILED" : "ok", run.path(), tally);
    }

    /**
     * Writes results.json and prints the summary.
     *
     * @return whether no example failed
     */
    synchronized boolean finish() throws IOException {
        SuiteResult suite = new SuiteResult(specs);
        ResultsFile.write(outputDir.resolve(SpecLayout.RESULTS_FILE), suite);
        console.printf("%n[spec] %d specs: %s%n[spec] pages: %s%n", specs.size(), suite.tally(),
                outputDir.toAbsolutePath().normalize().toUri());
        return suite.tally().failed() == 0;
    }
}
