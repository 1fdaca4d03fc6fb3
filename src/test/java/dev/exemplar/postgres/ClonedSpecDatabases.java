package dev.exemplar.postgres;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.exemplar.spec.api.SpecDatabases;

/**
 * A database per spec, for the spec engine: each a copy
 * ({@code CREATE DATABASE … TEMPLATE}) of a template database that Flyway migrates once
 * per run with the service's own migrations. The template is a database of its own, since
 * PostgreSQL copies only a database nobody is connected to, and the service's pool stays
 * connected to its own. Each copy has a small pool of its own, which
 * {@link DatabaseRouter} serves the spec's requests from, closed before the copy is
 * dropped.
 */
final class ClonedSpecDatabases implements SpecDatabases, AutoCloseable {

	private static final Pattern DATABASE_IN_URL = Pattern.compile("(jdbc:postgresql://[^/]+/)([^?]*)(.*)");

	private final JdbcConnectionDetails server;

	private final Flyway serviceMigrations;

	private final DatabaseRouter router;

	private final JdbcClient admin;

	private final String template = "specs_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());

	private final AtomicInteger copies = new AtomicInteger();

	private boolean migrated;

	/**
	 * @param server where the service's database is; copies are made beside it
	 * @param serviceMigrations the service's Flyway, whose configuration migrates the
	 * template
	 * @param router the service's DataSource
	 */
	ClonedSpecDatabases(JdbcConnectionDetails server, Flyway serviceMigrations, DatabaseRouter router) {
		this.server = server;
		this.serviceMigrations = serviceMigrations;
		this.router = router;
		this.admin = JdbcClient.create(router.getResolvedDefaultDataSource());
	}

	@Override
	public String header() {
		return SpecDatabaseFilter.HEADER;
	}

	@Override
	public Clone create() {
		migrateTemplate();
		String name = template + "_" + copies.incrementAndGet();
		// copying the files beats writing the copy to the WAL: 20-120 ms against 20-1100
		// ms (fsync off, 2 busy cores)
		admin.sql("CREATE DATABASE " + name + " TEMPLATE " + template + " STRATEGY FILE_COPY").update();
		try {
			closeToUsers(name);
		}
		catch (RuntimeException e) {
			drop(name);
			throw e;
		}
		HikariConfig pool = new HikariConfig();
		pool.setPoolName(name);
		pool.setJdbcUrl(url(name));
		pool.setUsername(server.getUsername());
		pool.setPassword(server.getPassword());
		pool.setMaximumPoolSize(4); // a spec sends one request at a time; its tables are
									// read between them
		pool.setMinimumIdle(1); // the probe reads an empty pool as a database that is
								// away
		HikariDataSource database = new HikariDataSource(pool);
		router.add(name, database);
		return new Clone() {
			@Override
			public String name() {
				return name;
			}

			@Override
			public DataSource dataSource() {
				return database;
			}

			@Override
			public void close() {
				router.remove(name);
				database.close();
				drop(name);
			}
		};
	}

	/** Drops the template: its copies are dropped by their specs. */
	@Override
	public synchronized void close() {
		if (migrated) {
			drop(template);
		}
	}

	/**
	 * Once per run, on first use: a run that gives every spec the service's own database
	 * never makes it.
	 */
	private synchronized void migrateTemplate() {
		if (!migrated) {
			admin.sql("CREATE DATABASE " + template).update();
			closeToUsers(template);
			Flyway.configure()
				.configuration(serviceMigrations.getConfiguration())
				.dataSource(url(template), server.getUsername(), server.getPassword())
				.load()
				.migrate(); // its connections are closed when it returns: the template
							// may be copied
			migrated = true;
		}
	}

	/**
	 * Closed to users' roles as the service's own database is: a copy does not inherit
	 * its template's privileges.
	 */
	private void closeToUsers(String name) {
		admin.sql("REVOKE CONNECT, TEMPORARY ON DATABASE " + name + " FROM PUBLIC").update();
	}

	private void drop(String name) {
		admin.sql("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)").update();
	}

	private String url(String database) {
		Matcher url = DATABASE_IN_URL.matcher(server.getJdbcUrl());
		if (!url.matches()) {
			throw new IllegalStateException("Not a PostgreSQL JDBC URL with a database: " + server.getJdbcUrl());
		}
		return url.group(1) + database + url.group(3);
	}

}
