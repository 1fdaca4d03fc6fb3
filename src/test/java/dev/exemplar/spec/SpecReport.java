package dev.exemplar.spec;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The suite's account of itself: a console line per spec as it ends, a summary at the end, and results.json,
 * which the documentation site reads.
 */
final class SpecReport {

    private final Path outputDir;
    private final PrintStream console;
    private final List<Map<String, Object>> specs = new ArrayList<>();
    private final Map<ExampleStatus, Integer> totals = new LinkedHashMap<>();

    SpecReport(Path outputDir, PrintStream console) {
        this.outputDir = outputDir;
        this.console = console;
        for (ExampleStatus status : ExampleStatus.values()) {
            totals.put(status, 0);
        }
    }

    synchronized void specFinished(SpecRun run) {
        Map<ExampleStatus, Integer> counts = new LinkedHashMap<>();
        List<Map<String, Object>> examples = new ArrayList<>();
        for (ExampleResult result : run.results()) {
            counts.merge(result.status(), 1, Integer::sum);
            totals.merge(result.status(), 1, Integer::sum);
            examples.add(Map.of(
                    "name", result.example().title(),
                    "anchor", result.example().anchor(),
                    "status", result.status().name().toLowerCase(),
                    "exchanges", result.exchanges().stream()
                            .map(exchange -> Map.of("method", exchange.method(), "path", exchange.target(), "status", exchange.status()))
                            .toList()));
        }
        specs.add(Map.of("source", run.path(), "page", page(run.path()), "title", run.title(), "examples", examples));
        console.printf("[spec] %-8s %s — %s%n", counts.getOrDefault(ExampleStatus.FAILED, 0) > 0 ? "FAILED" : "ok",
                run.path(), describe(counts));
    }

    /**
     * Writes results.json and prints the summary.
     *
     * @return whether no example failed
     */
    synchronized boolean finish() throws IOException {
        Files.createDirectories(outputDir);
        Path results = outputDir.resolve("results.json");
        JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build()
                .writeValue(results.toFile(), Map.of("specs", specs));
        console.printf("%n[spec] %d specs: %s%n[spec] pages: %s%n", specs.size(), describe(totals),
                outputDir.toAbsolutePath().normalize().toUri());
        return totals.get(ExampleStatus.FAILED) == 0;
    }

    static String page(String specPath) {
        return specPath.replaceFirst("\\.adoc$", ".html");
    }

    private static String describe(Map<ExampleStatus, Integer> counts) {
        return counts.getOrDefault(ExampleStatus.PASSED, 0) + " passed, "
                + counts.getOrDefault(ExampleStatus.FAILED, 0) + " failed, "
                + counts.getOrDefault(ExampleStatus.PENDING, 0) + " pending"
                + (counts.getOrDefault(ExampleStatus.IGNORED, 0) > 0 ? ", " + counts.get(ExampleStatus.IGNORED) + " not run" : "");
    }
}
