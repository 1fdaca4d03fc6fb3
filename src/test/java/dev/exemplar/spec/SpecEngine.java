package dev.exemplar.spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

import dev.exemplar.spec.SpecConventions.ExampleInfo;
import dev.exemplar.spec.results.SpecLayout;

/**
 * Executable specifications: runs the AsciiDoc specs under a folder against a service over HTTP and writes each
 * as a page. Each spec is a JUnit container and each example a test, so IDEs, Surefire and JUnit XML show them.
 * The engine knows HTTP, JSON, JDBC and AsciiDoc — never the service's classes.
 */
public final class SpecEngine {

    /**
     * @param specsRoot the folder of the spec files
     * @param outputDir where the executed pages and results.json go
     * @param baseUrl the running service
     * @param database the service's database, or null when it cannot be reached (examples with tables are skipped)
     * @param serverLog the service's log by request id ({@link ServerLog#NONE} when it cannot be seen)
     * @param filter globs of the specs to run ({@code -Dspec}), or null for all
     * @param console where progress and the summary go
     */
    public record Settings(Path specsRoot, Path outputDir, URI baseUrl, DataSource database, ServerLog serverLog,
            String filter, PrintStream console) {
    }

    private final Settings settings;
    private final SpecReport report;
    private final String css;
    private SpecServices services;
    private boolean unreadable;

    public SpecEngine(Settings settings) {
        warmUp();
        this.settings = settings;
        this.report = new SpecReport(settings.outputDir(), settings.console());
        this.css = resource("spec.css");
    }

    /** Begins starting Asciidoctor (seconds of JRuby) in the background: call it before starting the service. */
    public static void warmUp() {
        AsciiDocConverter.warmUp();
    }

    /**
     * Begins starting Asciidoctor and then converting the specs a run will read, in the background: call it before
     * starting the service, so that both happen while the service starts.
     */
    public static void warmUp(Path specsRoot, String filter) {
        AsciiDocConverter.convertAhead(SpecFinder.find(specsRoot, filter).stream().map(specsRoot::resolve).toList());
    }

    /** One container per spec, one test per example; a spec that cannot be read is one failing test. */
    public Stream<DynamicNode> tests() {
        List<String> specs = SpecFinder.find(settings.specsRoot(), settings.filter());
        if (specs.isEmpty()) {
            throw new IllegalStateException("No spec under " + settings.specsRoot() + " matches '" + settings.filter() + "'");
        }
        return specs.stream().map(this::container);
    }

    /**
     * Runs every example outside JUnit (for benchmarks and tools), in the order JUnit would.
     *
     * @return each example's display name and how it ended: null when it passed
     */
    public Map<String, Throwable> runAll() {
        Map<String, Throwable> outcomes = new LinkedHashMap<>();
        tests().flatMap(SpecEngine::flatten).forEach(test -> {
            try {
                test.getExecutable().execute();
                outcomes.put(test.getDisplayName(), null);
            }
            catch (Throwable e) {
                outcomes.put(test.getDisplayName(), e);
            }
        });
        return outcomes;
    }

    private static Stream<DynamicTest> flatten(DynamicNode node) {
        return node instanceof DynamicContainer container ? container.getChildren().flatMap(SpecEngine::flatten)
                : Stream.of((DynamicTest) node);
    }

    /**
     * Writes results.json and prints the summary; call once all tests ran.
     *
     * @return whether every spec could be read and no example failed
     */
    public boolean finish() throws IOException {
        return report.finish() && !unreadable;
    }

    private DynamicNode container(String path) {
        URI source = settings.specsRoot().resolve(path).toUri();
        SpecRun run;
        try {
            run = new SpecRun(path, settings.specsRoot(), settings.outputDir(), services(), css);
        }
        catch (IOException | RuntimeException e) {
            unreadable = true;
            return DynamicTest.dynamicTest(path + " › cannot be read", source, () -> {
                throw new AssertionFailedError("specs/" + path + ": " + e.getMessage(), e);
            });
        }
        if (run.examples().isEmpty()) {
            return DynamicTest.dynamicTest(path + " › has no examples", source, () -> {
                throw new TestAbortedException("specs/" + path + " has no [source,http] request: nothing to run");
            });
        }
        return DynamicContainer.dynamicContainer(path, source,
                run.examples().stream().map(example -> DynamicTest.dynamicTest(path + " › " + example.title(), source,
                        () -> runExample(run, example))));
    }

    private void runExample(SpecRun run, ExampleInfo example) throws IOException {
        ExampleOutcome result = run.run(example);
        if (run.isFinished()) {
            report.specFinished(run);
        }
        String where = "specs/" + run.path() + " › " + example.title();
        URI page = settings.outputDir().toAbsolutePath().normalize().resolve(SpecLayout.pageOf(run.path())).toUri();
        switch (result.status()) {
            case PASSED -> { }
            case PENDING -> throw new TestAbortedException(where + " is pending (it does not pass yet, as its marker says)");
            case IGNORED -> throw new TestAbortedException(where + " was not run: " + result.skipReason());
            case FAILED -> throw new AssertionFailedError(where + (result.problems().isEmpty()
                    ? " passes, but is marked pending: take the marker ([.pending]) off"
                    : " failed:\n" + String.join("\n\n", result.problems()))
                    + "\nPage: " + page + "#" + example.anchor());
        }
    }

    private SpecServices services() throws IOException {
        if (services == null) {
            HttpDriver http = new HttpDriver(settings.baseUrl());
            String contract;
            try {
                contract = http.get("/openapi.yaml");
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
            services = new SpecServices(http, new ContractValidator(contract), settings.serverLog(),
                    settings.database() == null ? null : new SpecDatabase(settings.database()));
        }
        return services;
    }

    private static String resource(String name) {
        try (InputStream input = SpecEngine.class.getResourceAsStream(name)) {
            return new String(input.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
