package dev.exemplar.spec.engine;

import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.hierarchical.Node;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * A test that stands for what could not run as examples — a spec that cannot be read, one
 * without examples, a filter that matches no spec — so that it is reported where tests
 * are, naming the file.
 */
final class ProblemDescriptor extends AbstractTestDescriptor implements Node<RunContext> {

	private final AssertionFailedError failure;

	private final TestAbortedException abort;

	private ProblemDescriptor(UniqueId uniqueId, String displayName, TestSource source, AssertionFailedError failure,
			TestAbortedException abort) {
		super(uniqueId, displayName, source);
		this.failure = failure;
		this.abort = abort;
	}

	static ProblemDescriptor failing(UniqueId uniqueId, String displayName, TestSource source,
			AssertionFailedError failure) {
		return new ProblemDescriptor(uniqueId, displayName, source, failure, null);
	}

	static ProblemDescriptor aborted(UniqueId uniqueId, String displayName, TestSource source,
			TestAbortedException abort) {
		return new ProblemDescriptor(uniqueId, displayName, source, null, abort);
	}

	@Override
	public Type getType() {
		return Type.TEST;
	}

	@Override
	public ExecutionMode getExecutionMode() {
		return ExecutionMode.SAME_THREAD;
	}

	@Override
	public RunContext execute(RunContext context, DynamicTestExecutor dynamicTestExecutor) {
		if (failure != null) {
			throw failure;
		}
		throw abort;
	}

}
