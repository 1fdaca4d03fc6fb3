package dev.exemplar.spec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.concordion.Concordion;
import org.concordion.api.Element;
import org.concordion.api.Resource;
import org.concordion.api.ResultSummary;
import org.concordion.api.listener.ExampleEvent;
import org.concordion.api.listener.ExampleListener;
import org.concordion.internal.ConcordionBuilder;
import org.concordion.internal.FixtureInstance;
import org.concordion.internal.UnableToBuildConcordionException;

import dev.exemplar.spec.SpecConventions.ExampleInfo;
import dev.exemplar.spec.results.ExampleStatus;
import dev.exemplar.spec.results.PageMarkup;

/**
 * One spec file, run through Concordion example by example. This is the one class that touches Concordion's
 * internal API (ConcordionBuilder, FixtureInstance): the version is pinned in the pom.
 */
final class SpecRun {

    private final String path;
    private final SpecServices services;
    private final SpecSession session;
    private final SpecConventions conventions = new SpecConventions();
    private final FixtureInstance fixture = new FixtureInstance(new SpecFixture());
    private final Map<String, ExampleOutcome> results = new LinkedHashMap<>();
    private final Concordion concordion;
    private final List<ExampleInfo> examples;
    private final List<Element> preamble;

    SpecRun(String path, Path specsRoot, Path outputDir, SpecServices services, String css) throws IOException {
        this.path = path;
        this.services = services;
        this.session = new SpecSession(path);
        String withoutSuffix = "/" + path.replaceFirst("\\.adoc$", "");
        try {
            ConcordionBuilder builder = new ConcordionBuilder()
                    .withFixture(fixture)
                    .withSource(new SpecSource(specsRoot))
                    .withTarget(new PageTarget(outputDir))
                    .withSpecificationLocator((declarations, suffix) -> new Resource(withoutSuffix + "." + suffix))
                    .withSpecificationType("adoc", new AsciiDocConverter(specsRoot.resolve(path)))
                    .withDocumentParsingListener(conventions)
                    .withCommand(SpecConventions.NAMESPACE, "request", new RequestCommand(services, session))
                    .withCommand(SpecConventions.NAMESPACE, "expect-json", new ExpectCommand(services, session, true))
                    .withCommand(SpecConventions.NAMESPACE, "expect-text", new ExpectCommand(services, session, false))
                    .withCommand(SpecConventions.NAMESPACE, "given", new RowsCommand(services, session, RowsCommand.Mode.GIVEN))
                    .withCommand(SpecConventions.NAMESPACE, "then", new RowsCommand(services, session, RowsCommand.Mode.THEN))
                    .withCommand(SpecConventions.NAMESPACE, "malformed", new MalformedBlockCommand(session))
                    .withEmbeddedCSS(css, true);
            builder.withExampleListener(new StatusMarker());
            concordion = builder.build();
        }
        catch (UnableToBuildConcordionException e) {
            throw new IOException("Concordion could not be set up for " + path, e);
        }
        concordion.getExampleNames(fixture.getFixtureType()); // parses the page, which finds the examples
        this.examples = conventions.examples();
        this.preamble = conventions.preamble();
    }

    String path() {
        return path;
    }

    String title() {
        return conventions.title() != null ? conventions.title() : path;
    }

    List<ExampleInfo> examples() {
        return examples;
    }

    ExampleOutcome run(ExampleInfo example) throws IOException {
        session.startExample();
        if (results.isEmpty()) {
            startFromPreamble();
        }
        if ((example.needsDatabase() || !preamble.isEmpty()) && services.database() == null) {
            session.skip("this example " + SpecServices.NO_DATABASE); // not one of its requests is sent
        }
        concordion.processExample(fixture, example.name());
        ExampleOutcome result = results.get(example.name());
        if (result == null) { // Concordion did not get to the end of the example
            result = new ExampleOutcome(example, ExampleStatus.FAILED,
                    List.of(session.at(0) + ": the example could not run to its end"), null, session.exchanges());
            results.put(example.name(), result);
        }
        if (isFinished()) {
            concordion.finish(); // writes the page
        }
        return result;
    }

    /**
     * Every spec starts from an empty database, plus the rows its "Given" tables above the first section state.
     * A failure there fails the first example.
     */
    private void startFromPreamble() {
        if (services.database() == null) {
            preamble.forEach(table -> SpecBlocks.ignored(table, "Not written: " + SpecServices.NO_DATABASE + "."));
            return;
        }
        services.database().empty();
        for (Element table : preamble) {
            SourceLine where = session.at(SpecBlocks.line(table));
            try {
                RowsTable rows = RowsTable.read(table, where);
                services.database().insert(table.getAttributeValue("data-table"), rows.columns(), rows.rows(), where);
                SpecBlocks.passed(table);
            }
            catch (RuntimeException e) {
                session.problem(e instanceof SpecError ? e.getMessage() : where + ": " + e.getMessage());
                SpecBlocks.failed(table, "The rows could not be written", e.getMessage(), List.of());
            }
        }
    }

    /** Whether every example has run (and the page is written). */
    boolean isFinished() {
        return results.size() == examples.size();
    }

    List<ExampleOutcome> results() {
        return List.copyOf(results.values());
    }

    /** Marks each example's section with its status, while Concordion still holds the page. */
    private final class StatusMarker implements ExampleListener {

        @Override
        public void beforeExample(ExampleEvent event) {
        }

        @Override
        public void afterExample(ExampleEvent event) {
            ExampleInfo example = examples.stream().filter(e -> e.name().equals(event.getExampleName())).findFirst().orElse(null);
            if (example == null) {
                return;
            }
            ResultSummary summary = event.getResultSummary();
            ExampleStatus status = ExampleOutcome.status(summary, !session.problems().isEmpty(), example.pending(), session.skipReason());
            event.getElement().addStyleClass(PageMarkup.statusClass(status));
            results.put(example.name(), new ExampleOutcome(example, status, session.problems(), session.skipReason(), session.exchanges()));
        }
    }
}
