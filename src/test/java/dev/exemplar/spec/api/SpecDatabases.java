package dev.exemplar.spec.api;

import javax.sql.DataSource;

/**
 * Databases for specs, so that specs can run at once against the one running service,
 * each on a database no other spec uses meanwhile: copies of the service's migrated,
 * empty database. The service serves a request from the copy that the request names in
 * {@link #header()}, and from its own database when it names none. The engine makes as
 * many as specs run at once, lends each to one spec at a time (emptied between specs, as
 * the service's own database is when specs run one after another) and closes them at the
 * end of the run. A service offers this only in its test configuration, never in
 * production.
 */
public interface SpecDatabases {

	/**
	 * The request header in which the engine names the spec's database on every request
	 * of the spec.
	 */
	String header();

	/**
	 * Makes a new database, as the service's migrated schema is before any spec has run,
	 * and serves it.
	 */
	Clone create() throws Exception;

	/** One spec's database; closing it stops serving it and drops it. */
	interface Clone extends AutoCloseable {

		/**
		 * The name the engine sends in {@link SpecDatabases#header()}; a failing
		 * example's page shows it.
		 */
		String name();

		/** The database itself, where the spec's tables are seeded and checked. */
		DataSource dataSource();

	}

}
