package dev.exemplar.spec.api;

import java.net.URI;
import java.util.Optional;

import javax.sql.DataSource;

/** A service the specs run against, as {@link SpecifiedService#start()} returns it. */
public interface RunningService extends AutoCloseable {

	/** Where the service answers; the specs' request paths are resolved against it. */
	URI baseUrl();

	/**
	 * The service's database: emptied before each spec, seeded and checked by the specs'
	 * tables. Without one, examples with tables are skipped, with the reason.
	 */
	default Optional<DataSource> dataSource() {
		return Optional.empty();
	}

	/**
	 * A database per spec, so that specs run at once
	 * ({@link ConfigurationKeys#PARALLEL}). Without it, specs that use the
	 * {@link #dataSource()} run one at a time, each on that database emptied.
	 */
	default Optional<SpecDatabases> specDatabases() {
		return Optional.empty();
	}

	/**
	 * What the service logged per request. Without one, and with
	 * {@link ConfigurationKeys#SERVER_LOG_MDC_KEY} set, the engine reads the log of this
	 * JVM (Logback) by that MDC key: right for a service started in this JVM.
	 */
	default Optional<ServerLog> serverLog() {
		return Optional.empty();
	}

	/** Stops the service. */
	@Override
	default void close() throws Exception {
	}

}
