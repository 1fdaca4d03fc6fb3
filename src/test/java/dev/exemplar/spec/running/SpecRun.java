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

import org.concordion.api.ResultSummary;
import org.concordion.api.listener.ExampleEvent;
import org.concordion.api.listener.ExampleListener;

import dev.exemplar.spec.reading.AsciiDocConverter;
import dev.exemplar.spec.reading.SpecConventions;
import dev.exemplar.spec.reading.SpecExample;
import dev.exemplar.spec.reading.SpecBlocks;
import dev.exemplar.spec.results.ExampleStatus;
import dev.exemplar.spec.results.SpecLayout;
import dev.exemplar.spec.results.SpecResult;
import dev.exemplar.spec.sql.ConnectingTitle;
import dev.exemplar.spec.tables.SpecDatabase;
import dev.exemplar.spec.updating.SpecRewrites;

/**
 * One spec file, run through Concordion ({@link SpecConcordion}) example by example, in
 * the order {@link ExampleSchedule} keeps: each example starts from the spec's
 * {@link SpecPreamble}, and gets its status once its contract checks are back
 * ({@link ExampleStatusMarks}).
 */
public final class SpecRun {

	private final String path;

	private final SpecEnvironment environment;

	private final SpecSession session;

	private final SpecRewrites rewrites;

	private final SpecConventions conventions = new SpecConventions();

	private final AsciiDocConverter converter;

	private final SpecConcordion concordion;

	private final List<SpecExample> examples;

	private final Map<String, SpecExample> examplesByName = new HashMap<>();

	private final SpecPreamble preamble;

	private final OutsideCallsListing outsideCalls;

	private final ExampleSchedule schedule;

	private final Map<String, ExampleVerdict> verdicts = new LinkedHashMap<>();

	private final SpecNeeds needs;

	private final DeployedSignIn deployedSignIn;

	private final ExampleText exampleText;

	private final LostCaptures lostCaptures = new LostCaptures();

	/**
	 * The example Concordion has just ended (it calls back inside processExample); taken
	 * at once by process.
	 */
	private UnsettledExample ended;

	private boolean started;

	/**
	 * Reads the spec (converted ahead, if it was) and finds its examples.
	 * @param path the spec's path under the specs root, with '/'
	 * @throws IOException when the spec cannot be read or converted
	 */
	public SpecRun(String path, SpecEnvironment environment) throws IOException {
		SpecLayout layout = environment.layout();
		this.path = path;
		this.environment = environment;
		this.session = new SpecSession(layout.displayName(path));
		Verdicts blockVerdicts = new Verdicts(session, environment.serverLog(), environment.contract().location());
		this.rewrites = new SpecRewrites(layout.source(path), layout.displayName(path), environment.update());
		this.converter = environment.conversions().converter(layout.source(path));
		this.concordion = new SpecConcordion(path, environment, converter, conventions, session, blockVerdicts,
				rewrites, new Ending());
		concordion.read();
		this.examples = conventions.examples();
		examples.forEach(example -> examplesByName.put(example.name(), example));
		this.preamble = new SpecPreamble(environment, session, blockVerdicts, conventions.preamble(),
				conventions.outsidePreamble());
		this.outsideCalls = new OutsideCallsListing(environment.outside(), session);
		ExampleStatusMarks marks = new ExampleStatusMarks(blockVerdicts, databaseName());
		this.schedule = new ExampleSchedule(this::process, ran -> {
			ExampleVerdict verdict = marks.settle(ran);
			verdicts.put(verdict.example().name(), verdict);
			return verdict;
		});
		String text = Files.readString(layout.source(path));
		this.needs = new SpecNeeds(text, layout.displayName(path));
		this.exampleText = new ExampleText(text, examples);
		this.deployedSignIn = new DeployedSignIn(exampleText,
				conventions.outsidePreamble().stream().map(stub -> SpecBlocks.listingText(stub.get(0))).toList(),
				environment.http().standIns());
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

	public List<SpecExample> examples() {
		return examples;
	}

	/** The spec's own database, when it has one: a failing example names it. */
	public Optional<String> databaseName() {
		return environment.database().flatMap(SpecDatabase::name);
	}

	/**
	 * Runs one example; examples run in document order (the ones before may be left out,
	 * not reordered), one ahead: see {@link ExampleSchedule}.
	 * @param next the example that runs after this one, if any
	 */
	public ExampleVerdict run(SpecExample example, Optional<SpecExample> next) throws IOException {
		return schedule.run(example, next);
	}

	/**
	 * Runs the example through Concordion; its contract checks may still be running when
	 * this returns.
	 */
	private UnsettledExample process(SpecExample example) throws IOException {
		session.startExample(example.pending());
		if (!started) {
			started = true;
			preamble.seedDatabase();
		}
		needs.unmet(example, environment.database().isPresent()).ifPresent(session::skip);
		if ((example.needsDatabase() || preamble.writesRows()) && environment.database().isEmpty()) {
			// not one of its requests is sent
			session.skip("this example " + SpecEnvironment.NO_DATABASE);
		}
		if (conventions.usesOutsideServices(example.name())) {
			if (environment.outside().running()) {
				preamble.stubOutsideServices();
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
		concordion.process(example.name());
		UnsettledExample ran = ended != null && ended.example().name().equals(example.name()) ? ended : null;
		ended = null;
		if (ran == null) { // Concordion did not get to the end of the example
			ran = new UnsettledExample(example, null, true,
					new ArrayList<>(List.of(session.at(0) + ": the example could not run to its end")), null,
					session.exchanges(), session.takeContractChecks());
		}
		return ran;
	}

	/**
	 * Writes the page, with the examples that ran, and the rewritten expectations, if
	 * any; the spec's result.
	 */
	public SpecResult finish() throws IOException {
		schedule.finish();
		concordion.finish();
		rewrites.write();
		return new SpecResult(path, SpecLayout.pageOf(path), conventions.title() != null ? conventions.title() : path,
				verdicts.values().stream().map(verdict -> verdict.result(session.captures()::mask)).toList());
	}

	/** Why each example that was not run was not, in document order. */
	public List<String> notRunReasons() {
		return verdicts.values()
			.stream()
			.filter(verdict -> verdict.status() == ExampleStatus.IGNORED)
			.map(ExampleVerdict::skipReason)
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
		return session.cleanUp().run(environment).stream().map(session.captures()::mask).toList();
	}

	/**
	 * Keeps what each example did as Concordion ends it, with the outside calls it made;
	 * its status is given once its contract checks are settled.
	 */
	private final class Ending implements ExampleListener {

		@Override
		public void beforeExample(ExampleEvent event) {
		}

		@Override
		public void afterExample(ExampleEvent event) {
			SpecExample example = examplesByName.get(event.getExampleName());
			if (example == null) {
				return;
			}
			if (conventions.usesOutsideServices(example.name()) && environment.outside().running()) {
				outsideCalls.show(event.getElement(), example);
			}
			ResultSummary summary = event.getResultSummary();
			ended = new UnsettledExample(example, event.getElement(),
					summary.getFailureCount() + summary.getExceptionCount() > 0, new ArrayList<>(session.problems()),
					session.skipReason(), session.exchanges(), session.takeContractChecks());
		}

	}

}
