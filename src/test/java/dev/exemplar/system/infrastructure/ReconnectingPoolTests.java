package dev.exemplar.system.infrastructure;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.jdbc.datasource.AbstractDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.Mockito.mock;

/**
 * How the pool's connections wait for a database that is away (what
 * {@link DatabaseOutageTests} shows end to end): only after a first connection was made,
 * and never once the pool is closing, so that a service stopped while its database is
 * away stops at once rather than after Hikari's wait for its connection-opening thread.
 */
class ReconnectingPoolTests {

	@Test
	void aDatabaseNeverReachedIsReportedAtOnce() {
		Database database = new Database(false);
		ReconnectingPool.WaitingForTheDatabase connections = new ReconnectingPool.WaitingForTheDatabase(database,
				() -> false);

		assertThatExceptionOfType(SQLException.class).isThrownBy(connections::getConnection);
		assertThat(database.attempts).hasValue(1);
	}

	@Test
	void aDatabaseAwayIsWaitedForUntilItIsBack() throws SQLException {
		Database database = new Database(true);
		ReconnectingPool.WaitingForTheDatabase connections = new ReconnectingPool.WaitingForTheDatabase(database,
				() -> false);
		connections.getConnection();
		database.awayFor(3);

		assertThat(connections.getConnection()).isSameAs(database.lastHandedOut);
		assertThat(database.attempts).hasValue(1 + 3 + 1);
	}

	@Test
	void onceThePoolIsClosingNoAttemptWaits() throws SQLException {
		Database database = new Database(true);
		AtomicBoolean closing = new AtomicBoolean();
		ReconnectingPool.WaitingForTheDatabase connections = new ReconnectingPool.WaitingForTheDatabase(database,
				closing::get);
		connections.getConnection();
		database.awayFor(Integer.MAX_VALUE);
		closing.set(true);

		assertThatExceptionOfType(SQLException.class).isThrownBy(connections::getConnection)
			.satisfies(e -> assertThat(e.getSQLState()).isEqualTo("08001"));
		assertThat(database.attempts).hasValue(1 + 1);
	}

	/**
	 * Refuses connections (SQL state 08001, as PgJDBC does when nothing listens) while it
	 * is away.
	 */
	private static final class Database extends AbstractDataSource {

		final AtomicInteger attempts = new AtomicInteger();

		Connection lastHandedOut;

		private int refusals;

		Database(boolean up) {
			refusals = up ? 0 : Integer.MAX_VALUE;
		}

		void awayFor(int attempts) {
			refusals = attempts;
		}

		@Override
		public Connection getConnection() throws SQLException {
			attempts.incrementAndGet();
			if (refusals > 0) {
				refusals--;
				throw new SQLException("Connection refused", "08001");
			}
			lastHandedOut = mock(Connection.class);
			return lastHandedOut;
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return getConnection();
		}

	}

}
