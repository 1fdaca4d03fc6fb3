package dev.exemplar.databases;

/**
 * What {@link DatabaseRepository#reserve} found: room for a new database, no room, or a
 * key already spent.
 */
sealed interface Reservation {

	/**
	 * Recorded, not yet ready (with its key, if one was sent): the caller makes it on the
	 * tenant server.
	 */
	record Recorded(DatabaseRow row) implements Reservation {
	}

	/** The owner has as many as the quota allows; nothing was written. */
	record QuotaReached() implements Reservation {
	}

	/**
	 * The key was sent before, within the window; nothing was written.
	 *
	 * @param sameRequest whether that request asked for what this one asks
	 * @param database the database it made; null when it was deleted since
	 * @param ready false while that request is still making it
	 */
	record KeySpent(boolean sameRequest, DatabaseRow database, boolean ready) implements Reservation {
	}

}
