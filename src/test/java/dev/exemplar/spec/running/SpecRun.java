package dev.exemplar.spec.running;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;

import org.concordion.Concordion;
import org.concordion.api.Element;
import org.concordion.api.Resource;
import org.concordion.api.ResultSummary;
import org.concordion.api.listener.ExampleEvent;
import org.concordion.api.listener.ExampleListener;
import org.concordion.internal.ConcordionBuilder;
import org.concordion.internal.FixtureInstance;
import org.concordion.internal.UnableToBuildConcordionException;

import dev.exemplar.spec.http.HttpExchange;
import dev.exemplar.spec.http.HttpRequestText;
import dev.exemplar.spec.matching.ExpectationText;
import dev.exemplar.spec.pages.BlockMarks;
import dev.exemplar.spec.pages.PageStyle;
import dev.exemplar.spec.pages.PageTarget;
import dev.exemplar.spec.reading.AsciiDocConverter;
import dev.exemplar.spec.reading.SourceLine;
import dev.exemplar.spec.reading.SpecBlocks;
import dev.exemplar.spec.reading.SpecConventions;
import dev.exemplar.spec.reading.SpecConventions.ExampleInfo;
import dev.exemplar.spec.reading.SpecError;
import dev.exemplar.spec.reading.SpecSource;
import dev.exemplar.spec.results.ExampleStatus;
import dev.exemplar.spec.results.PageMarkup;
import dev.exemplar.spec.results.SpecResult;
import dev.exemplar.spec.results.SpecLayout;
import dev.exemplar.spec.sql.ConnectingTitle;
import dev.exemplar.spec.tables.RowsTable;
import dev.exemplar.spec.stubs.OutsideCall;
import dev.exemplar.spec.stubs.StubTitle;
import dev.exemplar.spec.tables.SpecDatabase;
import dev.exemplar.spec.updating.SpecRewrites;

/**
 * One spec file, run through Concordion example by example, in order. This is the one
 * class that touches Concordion's internal API (ConcordionBuilder, FixtureInstance): the
 * version is pinned in the pom.
 */
public final class SpecRun {

	private final String path;

	private final SpecServices services;

	private final SpecSession session;

	private final Verdicts verdicts;

	private final SpecRewrites rewrites;

	private final SpecConventions conventions = new SpecConventions();

	private final FixtureInstance fixture = new FixtureInstance(new SpecFixture());

	private final Map<String, ExampleOutcome> results = new LinkedHashMap<>();

	/**
	 * The example Concordion has just ended (it calls back inside processExample); taken
	 * at once by process.
	 */
	private Processed ended;

	/**
	 * The example run ahead while the one before waited for its contract checks; null
	 * when none was.
	 */
	private Processed ahead;

	private boolean started;

	private final Concordion concordion;

	private final List<ExampleInfo> examples;

	private final Map<String, ExampleInfo> examplesByName = new HashMap<>();

	private final List<Element> preamble;

	private final AsciiDocConverter converter;

	private final SpecNeeds needs;

	private final DeployedSignIn deployedSignIn;

	private final ExampleText exampleText;

	private final LostCaptures lostCaptures = new LostCaptures();

	/**
	 * Reads the spec (converted ahead, if it was) and finds its examples.
	 * @param path the spec's path under the specs root, with '/'
	 * @throws IOException when the spec cannot be read or converted
	 */
	public SpecRun(String path, SpecServices services) throws IOException {
		SpecLayout layout = services.layout();
		this.path = path;
		this.services = services;
		this.session = new SpecSession(layout.displayName(path));
		this.verdicts = new Verdicts(session, services.serverLog(), services.contract().location());
		this.rewrites = new SpecRewrites(layout.source(path), layout.displayName(path), services.update());
		String withoutSuffix = "/" + path.replaceFirst("\\.adoc$", "");
		this.converter = new AsciiDocConverter(layout.source(path), layout.conversionCache());
		OutsideCommand outside = new OutsideCommand(services, session, verdicts);
		try {
			ConcordionBuilder builder = new ConcordionBuilder().withFixture(fixture)
				.withSource(new SpecSource(layout.specsRoot()))
				.withTarget(new PageTarget(layout.outputDir()))
				.withSpecificationLocator((declarations, suffix) -> new Resource(withoutSuffix + "." + suffix))
				.withSpecificationType("adoc", converter)
				.withDocumentParsingListener(conventions)
				.withCommand(SpecConventions.NAMESPACE, "request", new RequestCommand(services, session, verdicts))
				.withCommand(SpecConventions.NAMESPACE, "expect-json",
						new ExpectCommand(session, verdicts, rewrites, true))
				.withCommand(SpecConventions.NAMESPACE, "expect-text",
						new ExpectCommand(session, verdicts, rewrites, false))
				.withCommand(SpecConventions.NAMESPACE, "given",
						new RowsCommand(services, session, verdicts, RowsCommand.Mode.GIVEN, rewrites))
				.withCommand(SpecConventions.NAMESPACE, "then",
						new RowsCommand(services, session, verdicts, RowsCommand.Mode.THEN, rewrites))
				.withCommand(SpecConventions.NAMESPACE, "malformed", new MalformedBlockCommand(session, verdicts))
				.withCommand(SpecConventions.NAMESPACE, "outside", outside)
				.withCommand(SpecConventions.NAMESPACE, "stub-answer", outside.answers())
				.withCommand(SpecConventions.NAMESPACE, "sql", new SqlCommand(session, verdicts))
				.withCommand(SpecConventions.NAMESPACE, "sql-" + SpecConventions.SQL_ROWS,
						new SqlExpectCommand(session, verdicts, true))
				.withCommand(SpecConventions.NAMESPACE, "sql-" + SpecConventions.SQL_REFUSAL,
						new SqlExpectCommand(session, verdicts, false))
				.withEmbeddedCSS(PageStyle.css(), true);
			builder.withExampleListener(new StatusMarker());
			concordion = builder.build();
		}
		catch (UnableToBuildConcordionException e) {
			throw new IOException("Concordion could not be set up for " + path, e);
		}
		concordion.getExampleNames(fixture.getFixtureType()); // parses the page, which
																// finds the examples
		this.examples = conventions.examples();
		examples.forEach(example -> examplesByName.put(example.name(), example));
		this.preamble = conventions.preamble();
		String text = Files.readString(layout.source(path));
		this.needs = new SpecNeeds(text, layout.displayName(path));
		this.exampleText = new ExampleText(text, examples);
		this.deployedSignIn = new DeployedSignIn(exampleText,
				conventions.outsidePreamble().stream().map(stub -> SpecBlocks.listingText(stub.get(0))).toList(),
				services.http().standIns());
		secrets();
	}

	/**
	 * The captures the SQL blocks' titles use as passwords: masked wherever the engine
	 * writes, from the first example on.
	 */
	private void secrets() {
		for (String title : conventions.sqlTitles()) {
			Matcher password = ConnectingTitle.PASSWORD_CAPTURE.matcher(title);
			while (password.find()) {
				session.captures().secretCapture(password.group(1) != null ? password.group(1) : password.group(2));
			}
		}
	}

	public String path() {
		return path;
	}

	/**
	 * What Asciidoctor warned of in the spec, and requests that stand in no example, by
	 * file and line: a spec with such mistakes does not run.
	 */
	public List<String> mistakes() {
		List<String> mistakes = new ArrayList<>(converter.mistakes());
		mistakes.addAll(needs.mistakes());
		conventions.outsideSections()
			.forEach(line -> mistakes.add(session.at(line) + ": " + SpecConventions.NO_SECTION));
		return mistakes;
	}

	public List<ExampleInfo> examples() {
		return examples;
	}

	/** The spec's own database, when it has one: a failing example names it. */
	public Optional<String> databaseName() {
		return services.database().flatMap(SpecDatabase::name);
	}

	/**
	 * Runs one example; examples run in document order (the ones before may be left out,
	 * not reordered). While the example's contract checks are still running, the next
	 * example is run ahead, so that the checks take no time of their own; the example's
	 * verdict waits for its checks all the same.
	 * @param next the example that runs after this one, if any
	 */
	public ExampleOutcome run(ExampleInfo example, Optional<ExampleInfo> next) throws IOException {
		Processed processed = ahead != null && ahead.example().equals(example) ? ahead : process(example);
		ahead = null;
		if (next.isPresent() && !processed.checked()) {
			ahead = process(next.get());
		}
		return settle(processed);
	}

	/**
	 * Runs the example through Concordion; its contract checks may still be running when
	 * this returns.
	 */
	private Processed process(ExampleInfo example) throws IOException {
		session.startExample(example.pending());
		if (!started) {
			started = true;
			startFromPreamble();
		}
		needs.unmet(example, services.database().isPresent()).ifPresent(session::skip);
		if ((example.needsDatabase() || !preamble.isEmpty()) && services.database().isEmpty()) {
			session.skip("this example " + SpecServices.NO_DATABASE); // not one of its
																		// requests is
																		// sent
		}
		if (conventions.usesOutsideServices(example.name())) {
			if (services.outside().running()) {
				stubsForTheWholeSpec();
			}
			else {
				deployedSignIn.whyNotRun(example).ifPresent(session::skip);
			}
		}
		String text = exampleText.of(example);
		lostCaptures.whyNotRun(text).ifPresent(session::skip);
		if (session.skipReason() != null) {
			lostCaptures.notRun(text);
		}
		concordion.processExample(fixture, example.name());
		Processed processed = ended != null && ended.example().equals(example) ? ended : null;
		ended = null;
		if (processed == null) { // Concordion did not get to the end of the example
			processed = new Processed(example, null, true,
					new ArrayList<>(List.of(session.at(0) + ": the example could not run to its end")), null,
					session.exchanges(), session.takeContractChecks());
		}
		return processed;
	}

	/**
	 * Gives the example's contract checks their verdicts, then the example its status.
	 */
	private ExampleOutcome settle(Processed processed) {
		ExampleInfo example = processed.example();
		verdicts.settle(processed.checks(), processed.problems());
		ExampleStatus status = processed.section() == null ? ExampleStatus.FAILED : ExampleOutcome
			.status(processed.failed() || !processed.problems().isEmpty(), example.pending(), processed.skipReason());
		if (processed.section() != null) {
			processed.section().addStyleClass(PageMarkup.statusClass(status));
			if (status == ExampleStatus.FAILED) {
				databaseName().ifPresent(name -> processed.section()
					.appendChild(new Element("div").addStyleClass(PageMarkup.DATABASE)
						.appendText(
								"This spec ran on the database " + name + ", which no other spec used meanwhile.")));
			}
		}
		ExampleOutcome outcome = new ExampleOutcome(example, status, List.copyOf(processed.problems()),
				processed.skipReason(), processed.exchanges());
		results.put(example.name(), outcome);
		return outcome;
	}

	/**
	 * Writes the page, with the examples that ran, and the rewritten expectations, if
	 * any; the spec's result.
	 */
	public SpecResult finish() throws IOException {
		if (ahead != null) { // the run stopped before the example run ahead was reported
			settle(ahead);
			ahead = null;
		}
		concordion.finish();
		rewrites.write();
		return new SpecResult(path, SpecLayout.pageOf(path), conventions.title() != null ? conventions.title() : path,
				results.values().stream().map(ExampleOutcome::result).toList());
	}

	/** Why each example that was not run was not, in document order. */
	public List<String> notRunReasons() {
		return results.values()
			.stream()
			.filter(outcome -> outcome.status() == ExampleStatus.IGNORED)
			.map(ExampleOutcome::skipReason)
			.toList();
	}

	/**
	 * Removes what the spec created (see {@link CleanUpRule}), once its examples have
	 * run, whatever their ends.
	 * @return what went wrong, one problem each, its secrets masked; none when all is
	 * removed
	 */
	public List<String> cleanUp() {
		session.closeKeptSessions();
		return session.cleanUp().run(services).stream().map(session.captures()::mask).toList();
	}

	/**
	 * Every spec starts from an empty database, plus the rows its "Given" tables above
	 * the first section state. A failure there fails the first example.
	 */
	private void startFromPreamble() {
		if (services.database().isEmpty()) {
			preamble.forEach(table -> BlockMarks.ignored(table, "Not written: " + SpecServices.NO_DATABASE + "."));
			return;
		}
		SpecDatabase database = services.database().get();
		database.startSpec();
		for (Element table : preamble) {
			SourceLine where = session.at(SpecBlocks.line(table));
			try {
				RowsTable rows = RowsTable.read(table, where);
				database.insert(table.getAttributeValue("data-table"), rows.columns(), rows.rows(), where);
				BlockMarks.passed(table);
			}
			catch (SpecError e) {
				verdicts.malformed(table, e);
			}
			catch (RuntimeException e) {
				verdicts.failed(table, where, "The database refused the rows", e.getMessage(), Optional.empty());
			}
		}
	}

	/**
	 * Each example starts from the stubs above the first section only; a broken one fails
	 * the example.
	 */
	private void stubsForTheWholeSpec() {
		services.outside().reset();
		for (List<Element> stub : conventions.outsidePreamble()) {
			Element request = stub.get(0);
			SourceLine where = session.at(SpecBlocks.line(request));
			try {
				StubTitle title = StubTitle.read(request.getFirstChildElement("div").getText())
					.orElseThrow(() -> new SpecError(where, "this listing's title is not one the engine reads"));
				OutsideCommand.stub(services, session, title,
						HttpRequestText.parse(session.captures().substitute(SpecBlocks.listingText(request), where),
								where),
						stub.size() > 1 ? Optional.of(ExpectationText.parse(
								session.captures().substitute(SpecBlocks.listingText(stub.get(1)), where),
								session.at(SpecBlocks.line(stub.get(1))))) : Optional.empty(),
						stub.size() > 1 && OutsideCommand.offContract(stub.get(1)), where);
				stub.forEach(BlockMarks::passed);
			}
			catch (SpecError e) {
				verdicts.malformed(request, e);
			}
		}
	}

	/**
	 * What the service asked outside services during the example: shown inside the
	 * example, in order; a call no stub answered, or one that breaks the outside
	 * service's contract, fails it.
	 */
	private void outsideCalls(Element example, ExampleInfo info) {
		List<OutsideCall> calls = services.outside().calls();
		services.outside().problems().forEach(problem -> session.problem(session.at(info.line()) + ": " + problem));
		if (calls.isEmpty()) {
			return;
		}
		Element shown = new Element("div").addStyleClass(PageMarkup.OUTSIDE_CALLS);
		shown.appendChild(
				new Element("div").addStyleClass("title").appendText("What the service asked outside services"));
		Element listing = new Element("pre");
		listing.appendText(
				session.captures().mask(String.join("\n\n", calls.stream().map(OutsideCall::describe).toList())));
		shown.appendChild(listing);
		example.appendChild(shown);
	}

	/**
	 * Keeps what each example did as Concordion ends it; its status is given once its
	 * contract checks are settled.
	 */
	private final class StatusMarker implements ExampleListener {

		@Override
		public void beforeExample(ExampleEvent event) {
		}

		@Override
		public void afterExample(ExampleEvent event) {
			ExampleInfo example = examplesByName.get(event.getExampleName());
			if (example == null) {
				return;
			}
			if (conventions.usesOutsideServices(example.name()) && services.outside().running()) {
				outsideCalls(event.getElement(), example);
			}
			ResultSummary summary = event.getResultSummary();
			ended = new Processed(example, event.getElement(),
					summary.getFailureCount() + summary.getExceptionCount() > 0, new ArrayList<>(session.problems()),
					session.skipReason(), session.exchanges(), session.takeContractChecks());
		}

	}

	/**
	 * An example Concordion has run, whose contract checks may still be running.
	 *
	 * @param section the example's section on the page; null when Concordion did not get
	 * to the example's end
	 * @param failed whether a block of it failed
	 * @param problems what went wrong, to which the contract checks add theirs
	 */
	private record Processed(ExampleInfo example, Element section, boolean failed, List<String> problems,
			String skipReason, List<HttpExchange> exchanges, List<ContractCheck> checks) {

		boolean checked() {
			return checks.stream().allMatch(check -> check.violations().isDone());
		}
	}

}
