package dev.exemplar.databases;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The sweep at start runs beside the service: the start does not wait for a tenant
 * server, a creation does, and one that comes before the start's runners begins the sweep
 * itself. The tenant server here is a placement that answers once the test lets it; a
 * creation that gets past the sweep asks it for a server, which it refuses.
 */
class LeftoverSweepTests {

	private final CountDownLatch serverAnswers = new CountDownLatch(1);

	private final SlowPlacement placement = new SlowPlacement(serverAnswers);

	private final LeftoverSweep sweep = new LeftoverSweep(placement, null, null, null, null);

	private final DatabaseService databases = new DatabaseService(null, null, null, null, placement, null, sweep,
			new OwnerTurns());

	@AfterEach
	void stop() throws InterruptedException {
		serverAnswers.countDown();
		sweep.destroy();
	}

	@Test
	void theStartGoesOnWhileTheSweepWaitsForItsServerAndACreationWaitsForTheSweep() throws Exception {
		assertTimeoutPreemptively(Duration.ofSeconds(5), () -> sweep.run(null));

		assertCreationWaitsUntilTheServerAnswers();
	}

	@Test
	void aCreationBeforeTheRunnersBeginsTheSweepAndWaitsForIt() throws Exception {
		assertCreationWaitsUntilTheServerAnswers();

		assertThat(placement.serversAsked).as("the sweep, begun once").hasValue(1);
	}

	private void assertCreationWaitsUntilTheServerAnswers() throws InterruptedException {
		AtomicReference<Throwable> ended = new AtomicReference<>();
		Thread creating = new Thread(() -> {
			try {
				databases.create(7, "mine", Optional.empty());
			}
			catch (Throwable e) {
				ended.set(e);
			}
		});
		creating.start();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
		while (creating.getState() != Thread.State.TIMED_WAITING && System.nanoTime() < deadline) {
			TimeUnit.MILLISECONDS.sleep(5);
		}
		assertThat(creating.getState()).as("the creation, while the sweep waits for its server")
			.isEqualTo(Thread.State.TIMED_WAITING);
		assertThat(placement.newDatabasesAsked).as("servers asked for a new database meanwhile").hasValue(0);

		serverAnswers.countDown();
		creating.join(5_000);

		assertThat(creating.isAlive()).isFalse();
		assertThat(placement.newDatabasesAsked).as("once the sweep has ended").hasValue(1);
		assertThat(ended.get()).isInstanceOf(UnsupportedOperationException.class);
	}

	/**
	 * A placement whose servers are known only once the latch opens, as a tenant server
	 * slow to answer.
	 */
	private static final class SlowPlacement implements Placement {

		private final CountDownLatch answers;

		final AtomicInteger serversAsked = new AtomicInteger();

		final AtomicInteger newDatabasesAsked = new AtomicInteger();

		SlowPlacement(CountDownLatch answers) {
			this.answers = answers;
		}

		@Override
		public Collection<TenantServer> servers() {
			serversAsked.incrementAndGet();
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
			newDatabasesAsked.incrementAndGet();
			throw new UnsupportedOperationException("no server in this test");
		}

		@Override
		public Optional<TenantServer> named(String serverName) {
			throw new UnsupportedOperationException();
		}

	}

}
