package dev.exemplar.spec.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.Lock;

import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.engine.support.hierarchical.ExclusiveResource;
import org.junit.platform.engine.support.hierarchical.Node;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

import dev.exemplar.spec.api.ConfigurationKeys;
import dev.exemplar.spec.grammar.Language;
import dev.exemplar.spec.reading.SpecExample;
import dev.exemplar.spec.reading.SpecError;
import dev.exemplar.spec.results.SpecLayout;
import dev.exemplar.spec.results.SpecResult;
import dev.exemplar.spec.running.SpecRun;
import dev.exemplar.spec.running.SpecEnvironment;
import dev.exemplar.spec.stubs.StubTitle;

/**
 * One spec file: a container whose examples are known once it is read, when it runs (so
 * discovery stays a file listing). Its examples run one after another, in document order:
 * they build on each other's state.
 *
 * <p>
 * Specs run at once when the service gives each one a database of its own (see
 * {@link SpecDatabaseLending}); else each holds the service's database while it runs. A
 * spec that states what an outside service answers holds the stand-ins (a JUnit exclusive
 * resource): they answer one spec at a time.
 */
final class SpecDescriptor extends AbstractTestDescriptor implements Node<RunContext> {

	static final String SEGMENT = "spec";

	/** The stand-ins for outside services: one spec's stubs at a time. */
	static final ExclusiveResource STAND_INS = new ExclusiveResource("dev.exemplar.spec.stubs",
			ExclusiveResource.LockMode.READ_WRITE);

	private final String path;

	private final SpecLayout layout;

	/**
	 * The anchors of the examples selected on their own (an IDE re-running one); empty
	 * when the whole spec is.
	 */
	private final Set<String> selectedExamples = new LinkedHashSet<>();

	private boolean wholeSpec;

	private SpecRun run;

	private SpecDatabaseLending.Loan database;

	private volatile Boolean usesStandIns;

	/** How many of its examples the run's tags left out. */
	private int leftOut;

	/**
	 * As written in the spec, which {@code -Dgroups} and {@code -DexcludedGroups} select
	 * by.
	 */
	private final SpecTags written;

	private final TagSelection selection;

	/** Its JUnit tags: see {@link TagSelection#ofSpec}. */
	private final Set<TestTag> tags;

	SpecDescriptor(UniqueId uniqueId, String path, SpecLayout layout, TagSelection selection) {
		super(uniqueId, path, FileSource.from(layout.source(path).toFile()));
		this.path = path;
		this.layout = layout;
		this.written = SpecTags.read(layout.source(path), layout.displayName(path));
		this.selection = selection;
		this.tags = Set.copyOf(selection.ofSpec(written.sections()));
	}

	String path() {
		return path;
	}

	void selectWhole() {
		wholeSpec = true;
		selectedExamples.clear();
	}

	void selectExample(String anchor) {
		if (!wholeSpec) {
			selectedExamples.add(anchor);
		}
	}

	@Override
	public Type getType() {
		return Type.CONTAINER;
	}

	@Override
	public Set<TestTag> getTags() {
		return tags;
	}

	@Override
	public boolean mayRegisterTests() {
		return true;
	}

	@Override
	public Set<ExclusiveResource> getExclusiveResources() {
		return usesStandIns() ? Set.of(STAND_INS) : Set.of();
	}

	/**
	 * Whether the spec may state what an outside service answers: then it needs the
	 * stand-ins. Read once a run: JUnit asks when it plans the run, the service's node
	 * when it decides whether the stand-ins start.
	 */
	boolean usesStandIns() {
		Boolean uses = usesStandIns;
		if (uses == null) {
			try {
				uses = StubTitle.mayBeIn(Files.readString(layout.source(path), StandardCharsets.ISO_8859_1));
			}
			catch (IOException e) {
				uses = false; // its run says why it cannot be read
			}
			usesStandIns = uses;
		}
		return uses;
	}

	/** Holds the service's database while the spec runs, when specs share it. */
	@Override
	public void around(RunContext context, Invocation<RunContext> invocation) throws Exception {
		Optional<Lock> shared = context.started().flatMap(ServiceDescriptor.Started::oneAtATime);
		shared.ifPresent(Lock::lock);
		try {
			invocation.invoke(context);
		}
		finally {
			shared.ifPresent(Lock::unlock);
		}
	}

	@Override
	public RunContext execute(RunContext context, DynamicTestExecutor dynamicTestExecutor) throws Exception {
		try {
			SpecEnvironment environment = context.environment();
			Optional<SpecDatabaseLending> databases = context.started().orElseThrow().clones();
			if (databases.isPresent()) {
				database = databases.get().borrow();
				environment = environment.on(database.database(), databases.get().header(), database.fresh());
			}
			run = new SpecRun(path, environment);
		}
		catch (Exception e) {
			register(dynamicTestExecutor, ProblemDescriptor.failing(getUniqueId().append("problem", "unreadable"),
					path + " › cannot be read", getSource().orElseThrow(), unreadable(e)));
			return context;
		}
		if (!run.mistakes().isEmpty()) {
			register(dynamicTestExecutor,
					ProblemDescriptor.failing(getUniqueId().append("problem", "asciidoc"),
							path + " › is not well-formed AsciiDoc", getSource().orElseThrow(),
							new AssertionFailedError(
									layout.displayName(path) + " does not run until Asciidoctor reads it as written:\n"
											+ String.join("\n", run.mistakes()))));
			return context;
		}
		if (!written.mistakes().isEmpty()) {
			register(dynamicTestExecutor,
					ProblemDescriptor.failing(getUniqueId().append("problem", "tags"), path + " › has invalid tags",
							getSource().orElseThrow(),
							new AssertionFailedError(
									layout.displayName(path) + " does not run until its tags are JUnit tags:\n"
											+ String.join("\n", written.mistakes()))));
			return context;
		}
		if (run.examples().isEmpty()) {
			register(dynamicTestExecutor,
					ProblemDescriptor.aborted(getUniqueId().append("problem", "no-examples"),
							path + " › has no examples", getSource().orElseThrow(),
							new TestAbortedException(layout.displayName(path) + " has no " + Language.HTTP.marked()
									+ " request: nothing to run")));
			return context;
		}
		try {
			List<SpecExample> toRun = toRun(run.examples());
			for (int i = 0; i < toRun.size(); i++) {
				SpecExample example = toRun.get(i);
				register(dynamicTestExecutor,
						new ExampleDescriptor(getUniqueId().append(ExampleDescriptor.SEGMENT, example.anchor()),
								path + " › " + example.title(),
								FileSource.from(layout.source(path).toFile(),
										example.line() > 0 ? FilePosition.from(example.line()) : null),
								run, example, i + 1 < toRun.size() ? Optional.of(toRun.get(i + 1)) : Optional.empty(),
								layout, written.of(example.line())));
			}
		}
		finally {
			cleanUp(dynamicTestExecutor);
		}
		return context;
	}

	/**
	 * Removes what the spec created, whatever its examples' ends; what could not be
	 * removed fails the spec, as a test of its own.
	 */
	private void cleanUp(DynamicTestExecutor dynamicTestExecutor) throws InterruptedException {
		List<String> problems = run.cleanUp();
		if (!problems.isEmpty()) {
			register(dynamicTestExecutor,
					ProblemDescriptor.failing(getUniqueId().append("problem", "clean-up"), path + " › clean-up",
							getSource().orElseThrow(),
							new AssertionFailedError(layout.displayName(path) + " left behind what it created ("
									+ ConfigurationKeys.CLEAN_UP_CREATED + "):\n" + String.join("\n", problems))));
		}
	}

	/**
	 * A mistake of the spec says where it is itself ({@code file:line: …}); any other
	 * failure is named by the file.
	 */
	private AssertionFailedError unreadable(Exception e) {
		for (Throwable cause = e; cause != null; cause = cause.getCause()) {
			if (cause instanceof SpecError mistake) {
				return new AssertionFailedError(mistake.getMessage(), e);
			}
		}
		return new AssertionFailedError(layout.displayName(path) + ": " + e.getMessage(), e);
	}

	/**
	 * Whether the run's tags select none of its examples: JUnit's tag filter then removes
	 * it before it runs.
	 */
	boolean leftOutByTags() {
		return written.sections().stream().noneMatch(selection::selects);
	}

	/** Why the run's tags leave out what they do not select. */
	String whyLeftOut() {
		return selection.whyLeftOut();
	}

	/**
	 * The examples the run's tags select: every one, or those up to the last one selected
	 * on its own (the ones before make the state it starts from).
	 */
	private List<SpecExample> toRun(List<SpecExample> all) {
		List<SpecExample> examples = all.stream()
			.filter(example -> selection.selects(written.of(example.line())))
			.toList();
		leftOut = all.size() - examples.size();
		if (selectedExamples.isEmpty()) {
			return examples;
		}
		int last = -1;
		for (int i = 0; i < examples.size(); i++) {
			if (selectedExamples.contains(examples.get(i).anchor())) {
				last = i;
			}
		}
		return examples.subList(0, last + 1);
	}

	/**
	 * One at a time, each finished before the next: the examples of a spec share their
	 * state.
	 */
	private void register(DynamicTestExecutor dynamicTestExecutor, AbstractTestDescriptor child)
			throws InterruptedException {
		addChild(child);
		dynamicTestExecutor.execute(child);
		dynamicTestExecutor.awaitFinished();
	}

	@Override
	public void after(RunContext context) throws Exception {
		try {
			if (run != null && run.mistakes().isEmpty() && !run.examples().isEmpty()) {
				SpecResult result = run.finish();
				context.started().orElseThrow().report().specFinished(result, run.notRunReasons());
				if (leftOut > 0) {
					context.started().orElseThrow().report().leftOut(leftOut, whyLeftOut());
				}
			}
		}
		finally {
			if (database != null) {
				context.started().orElseThrow().clones().orElseThrow().giveBack(database);
			}
		}
	}

}
