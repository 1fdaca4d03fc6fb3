package dev.exemplar.spec.engine;

import java.util.concurrent.ForkJoinPool;
import java.util.function.Predicate;

import org.junit.platform.engine.support.hierarchical.ParallelExecutionConfiguration;

/**
 * N specs at once, on a fork-join pool of N threads. Unlike Jupiter's {@code fixed}
 * strategy, the pool may not add threads while one waits (for its specs, or a lock):
 * JUnit's fork-join pool would then run more specs than N at once.
 */
record FixedParallelism(int parallelism) implements ParallelExecutionConfiguration {

	@Override
	public int getParallelism() {
		return parallelism;
	}

	@Override
	public int getMinimumRunnable() {
		return parallelism;
	}

	@Override
	public int getMaxPoolSize() {
		return parallelism;
	}

	@Override
	public int getCorePoolSize() {
		return parallelism;
	}

	@Override
	public int getKeepAliveSeconds() {
		return 30;
	}

	@Override
	public Predicate<? super ForkJoinPool> getSaturatePredicate() {
		return pool -> true;
	}
}
