package dev.exemplar.databases;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import dev.exemplar.system.errors.OutsideServiceException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * One owner's creations take turns in this instance before they take a pooled connection.
 * Queued on the owner's advisory lock instead (which still orders them across instances),
 * each would hold a connection while it waits, and one owner's burst would leave none for
 * anyone else's requests: the pool waits half a second, then 503. An owner's lock lives
 * as long as a request holds or awaits it (weak values).
 */
@Component
class OwnerTurns {

	/** How long a creation waits for its owner's earlier ones, before it answers 503. */
	static final Duration AWAITED_AT_MOST = Duration.ofSeconds(10);

	private static final Duration RETRY_AFTER = Duration.ofSeconds(1);

	private final LoadingCache<Long, Lock> locks = Caffeine.newBuilder()
		.weakValues()
		.build(owner -> new ReentrantLock(true));

	/**
	 * @throws OutsideServiceException 503 with {@code Retry-After} when the owner's turn
	 * does not come within {@link #AWAITED_AT_MOST}, or the wait is interrupted (the
	 * service is stopping)
	 */
	<T> T inTurn(long ownerId, Supplier<T> work) {
		Lock lock = locks.get(ownerId);
		if (!acquire(lock)) {
			throw new OutsideServiceException(HttpStatus.SERVICE_UNAVAILABLE,
					"Your other database creations are still being handled; try again in a moment.", RETRY_AFTER,
					"User " + ownerId + "'s creation waited " + AWAITED_AT_MOST.toSeconds()
							+ " s for the user's earlier ones");
		}
		try {
			return work.get();
		}
		finally {
			lock.unlock();
		}
	}

	private static boolean acquire(Lock lock) {
		try {
			return lock.tryLock(AWAITED_AT_MOST.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

}
