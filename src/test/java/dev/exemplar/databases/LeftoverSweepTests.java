package dev.exemplar.databases;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** The sweep at start runs beside the service: the start does not wait for a tenant server, a creation does. */
class LeftoverSweepTests {

    @Test
    void theStartGoesOnWhileTheSweepWaitsForItsServerAndACreationWaitsForTheSweep() throws Exception {
        CountDownLatch serverAnswers = new CountDownLatch(1);
        LeftoverSweep sweep = new LeftoverSweep(new SlowPlacement(serverAnswers), null, null);
        try {
            assertTimeoutPreemptively(Duration.ofSeconds(5), () -> sweep.run(null));

            CompletableFuture<Void> creation = CompletableFuture.runAsync(sweep::awaitSweepAtStart);
            TimeUnit.MILLISECONDS.sleep(200);
            assertThat(creation).as("a creation while the sweep waits for its server").isNotDone();

            serverAnswers.countDown();
            creation.get(5, TimeUnit.SECONDS);
        }
        finally {
            serverAnswers.countDown();
            sweep.destroy();
        }
    }

    @Test
    void aCreationBeforeAnySweepDoesNotWait() {
        LeftoverSweep sweep = new LeftoverSweep(new SlowPlacement(new CountDownLatch(1)), null, null);

        assertTimeoutPreemptively(Duration.ofSeconds(5), sweep::awaitSweepAtStart);
        sweep.destroy();
    }

    /** A placement whose servers are known only once the latch opens, as a tenant server slow to answer. */
    private record SlowPlacement(CountDownLatch answers) implements Placement {

        @Override
        public Collection<TenantServer> servers() {
            try {
                answers.await();
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return List.of();
        }

        @Override
        public TenantServer forNewDatabase(long ownerId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<TenantServer> named(String serverName) {
            throw new UnsupportedOperationException();
        }
    }
}
