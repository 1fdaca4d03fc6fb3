package dev.exemplar.spec.api;

import javax.sql.DataSource;

/**
 * A database of its own for each spec, so that specs can run at once against the one running service: a copy of
 * the service's migrated, empty database, made when a spec starts and dropped when it ends. The service serves a
 * request from the copy that the request names in {@link #header()}, and from its own database when it names none.
 * A service offers this only in its test configuration, never in production.
 */
public interface SpecDatabases {

    /** The request header in which the engine names the spec's database on every request of the spec. */
    String header();

    /** Makes a new database, as the service's migrated schema is before any spec has run, and serves it. */
    Clone create() throws Exception;

    /** One spec's database; closing it stops serving it and drops it. */
    interface Clone extends AutoCloseable {

        /** The name the engine sends in {@link SpecDatabases#header()}; a failing example's page shows it. */
        String name();

        /** The database itself, where the spec's tables are seeded and checked. */
        DataSource dataSource();
    }
}
