package dev.exemplar.system.infrastructure;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.util.DriverDataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The pool reconnects within a tenth of a second of the database's return. HikariCP opens
 * connections on one background thread that, after each failed attempt, sleeps twice as
 * long as before, up to 5 s: after a few seconds of outage the service would come back
 * only up to 5 s after its database. Here the connections the pool opens come through
 * {@link WaitingForTheDatabase}, which, while the database refuses connections, tries
 * again every 100 ms for up to a minute before it reports the failure: Hikari sees few
 * failures and keeps its pauses short. Requests are not slowed: they never open
 * connections, they wait for the pool (at most {@code connection-timeout}). Until a first
 * connection has been made, attempts fail at once as before: a database that was never
 * reached is a mistake to report at start-up, not an outage to wait out. Once the pool is
 * closing, an attempt fails at once too: Hikari's close waits for the thread that opens
 * connections (up to {@code
 * connection-timeout}), and a service stopped while its database is away must stop at
 * once.
 */
@Configuration(proxyBeanMethods = false)
class ReconnectingPool {

	@Bean
	static BeanPostProcessor connectionsWaitForTheDatabase() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof HikariDataSource pool && pool.getDataSource() == null
						&& pool.getJdbcUrl() != null) {
					pool.setDataSource(new WaitingForTheDatabase(
							new DriverDataSource(pool.getJdbcUrl(), pool.getDriverClassName(),
									pool.getDataSourceProperties(), pool.getUsername(), pool.getPassword()),
							pool::isClosed));
				}
				return bean;
			}
		};
	}

	/**
	 * Opens connections; once one has been made, retries for up to {@link #PATIENCE}
	 * while the database is away and the pool is not closing.
	 */
	static final class WaitingForTheDatabase extends DelegatingDataSource {

		static final Duration PATIENCE = Duration.ofMinutes(1);

		private static final Duration PAUSE = Duration.ofMillis(100);

		private final AtomicBoolean reachedOnce = new AtomicBoolean();

		private final BooleanSupplier poolClosing;

		WaitingForTheDatabase(DataSource driver, BooleanSupplier poolClosing) {
			super(driver);
			this.poolClosing = poolClosing;
		}

		@Override
		public Connection getConnection() throws SQLException {
			return patiently(() -> obtainTargetDataSource().getConnection());
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return patiently(() -> obtainTargetDataSource().getConnection(username, password));
		}

		private Connection patiently(ConnectionAttempt attempt) throws SQLException {
			long deadline = reachedOnce.get() ? System.nanoTime() + PATIENCE.toNanos() : 0;
			while (true) {
				try {
					Connection connection = attempt.connect();
					reachedOnce.set(true);
					return connection;
				}
				catch (SQLException e) {
					if (!databaseAway(e) || System.nanoTime() > deadline || poolClosing.getAsBoolean()) {
						throw e;
					}
					try {
						Thread.sleep(PAUSE.toMillis());
					}
					catch (InterruptedException interrupted) {
						Thread.currentThread().interrupt();
						throw e;
					}
				}
			}
		}

		/**
		 * Refused or unreachable (class 08), or starting up or shutting down (57P): worth
		 * another try.
		 */
		private static boolean databaseAway(SQLException e) {
			String state = e.getSQLState();
			return state != null && (state.startsWith("08") || state.startsWith("57P"));
		}

		@FunctionalInterface
		private interface ConnectionAttempt {

			Connection connect() throws SQLException;

		}

	}

}
