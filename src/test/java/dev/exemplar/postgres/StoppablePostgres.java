package dev.exemplar.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A PostgreSQL of its own (zonky's embedded server, which brings its own binaries) on a
 * fixed port and data directory, that a test can crash and start again: for what the
 * service does while its database is away. Not the JVM's shared test database
 * ({@link TestPostgres}), which other tests need up.
 */
public final class StoppablePostgres implements AutoCloseable {

	private final Path dataDirectory;

	private final int port;

	private final Map<String, String> serverConfig;

	private EmbeddedPostgres server;

	public StoppablePostgres(Path dataDirectory) throws IOException {
		this(dataDirectory, Map.of());
	}

	/**
	 * @param serverConfig settings of postgresql.conf, e.g. {@code log_statement=all}
	 */
	public StoppablePostgres(Path dataDirectory, Map<String, String> serverConfig) throws IOException {
		this.dataDirectory = dataDirectory;
		this.serverConfig = serverConfig;
		PostgresDataDirectories.copyTemplate(dataDirectory);
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		start();
	}

	public String jdbcUrl() {
		return "jdbc:postgresql://localhost:" + port + "/postgres";
	}

	/**
	 * As {@code pg_ctl stop -m immediate}: SIGQUIT to the postmaster, which ends every
	 * backend without a checkpoint.
	 */
	public void crash() throws IOException, InterruptedException {
		long pid = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).trim());
		Process kill = new ProcessBuilder("kill", "-QUIT", Long.toString(pid)).inheritIO().start();
		if (kill.waitFor() != 0) {
			throw new IllegalStateException("Could not signal the postmaster " + pid);
		}
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("The postmaster " + pid + " did not stop");
			}
			TimeUnit.MILLISECONDS.sleep(10);
		}
	}

	/**
	 * Starts the server on the same port and data directory; returns once it accepts
	 * connections (after recovery).
	 */
	public void start() {
		try {
			if (server != null) {
				server.close(); // after a crash: zonky's stop finds nothing to stop (it
								// logs so) and releases the lock
			}
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
			serverConfig.forEach(builder::setServerConfig);
			server = builder.setDataDirectoryCustomizer(PasswordAuthentication::require)
				.setDataDirectory(dataDirectory)
				.setCleanDataDirectory(false)
				.setPort(port)
				// zonky's defaults trade durability for speed; a crash must not lose what
				// was committed
				.setServerConfig("fsync", "on")
				.setServerConfig("synchronous_commit", "on")
				.setServerConfig("full_page_writes", "on")
				.start();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not start PostgreSQL on " + dataDirectory, e);
		}
	}

	@Override
	public void close() throws IOException {
		if (server != null) {
			server.close();
		}
	}

}
