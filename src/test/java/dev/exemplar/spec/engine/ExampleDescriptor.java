package dev.exemplar.spec.engine;

import java.io.IOException;
import java.net.URI;
import java.util.Optional;
import java.util.Set;

import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.engine.support.hierarchical.Node;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

import dev.exemplar.spec.reading.SpecExample;
import dev.exemplar.spec.results.SpecLayout;
import dev.exemplar.spec.running.ExampleVerdict;
import dev.exemplar.spec.running.SpecRun;

/**
 * One example: a test named {@code feed/latest.adoc › Newest tweets come first}, whose
 * source is its heading's line. Failed, it fails with what differs and where; pending or
 * not runnable, it is aborted (skipped) with the reason.
 */
final class ExampleDescriptor extends AbstractTestDescriptor implements Node<RunContext> {

	static final String SEGMENT = "example";

	private final SpecRun run;

	private final SpecExample example;

	private final Optional<SpecExample> next;

	private final SpecLayout layout;

	private final Set<TestTag> tags;

	/**
	 * @param next the example that runs after this one, if any
	 * @param tags its JUnit tags
	 */
	ExampleDescriptor(UniqueId uniqueId, String displayName, FileSource source, SpecRun run, SpecExample example,
			Optional<SpecExample> next, SpecLayout layout, Set<TestTag> tags) {
		super(uniqueId, displayName, source);
		this.run = run;
		this.example = example;
		this.next = next;
		this.layout = layout;
		this.tags = Set.copyOf(tags);
	}

	@Override
	public Type getType() {
		return Type.TEST;
	}

	@Override
	public Set<TestTag> getTags() {
		return tags;
	}

	/**
	 * On its spec's thread, after the example before it: the examples of a spec build on
	 * each other's state.
	 */
	@Override
	public ExecutionMode getExecutionMode() {
		return ExecutionMode.SAME_THREAD;
	}

	@Override
	public RunContext execute(RunContext context, DynamicTestExecutor dynamicTestExecutor) throws IOException {
		ExampleVerdict verdict = run.run(example, next);
		String where = layout.displayName(run.path()) + " › " + example.title();
		URI page = layout.page(run.path()).toAbsolutePath().normalize().toUri();
		switch (verdict.status()) {
			case PASSED -> {
			}
			case PENDING ->
				throw new TestAbortedException(where + " is pending (it does not pass yet, as its marker says)");
			case IGNORED -> throw new TestAbortedException(where + " was not run: " + verdict.skipReason());
			case FAILED -> throw new AssertionFailedError(where
					+ (!verdict.problems().isEmpty() ? " failed:\n" + String.join("\n\n", verdict.problems())
							: example.pending() ? " failed:\n" + layout.displayName(run.path()) + ":" + example
								.line()
									+ ": it passes, but is marked pending: take the marker ([.pending]) off its section"
									: " failed: the engine stopped within it, by a fault of its own (the page shows where)")
					+ run.databaseName().map(name -> "\nDatabase: " + name).orElse("") + "\nPage: " + page + "#"
					+ example.anchor());
		}
		return context;
	}

}
