package dev.exemplar.spec.engine;

import java.util.concurrent.ForkJoinPool;
import java.util.function.Predicate;

import org.junit.platform.engine.support.hierarchical.ParallelExecutionConfiguration;

/**
 * N specs at once, as Jupiter's {@code fixed} strategy sets up its fork-join pool: N threads run specs, and the pool
 * may add threads (up to 256 more) while one waits for a lock, so that N keep running.
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
        return parallelism + 256;
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
