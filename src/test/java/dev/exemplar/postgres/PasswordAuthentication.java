package dev.exemplar.postgres;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/**
 * zonky's embedded PostgreSQL trusts every connection (initdb -A trust), so any password
 * would do. Here the superuser {@code postgres}, which the tests and the service connect
 * as, stays trusted, and every other role must give its password (SCRAM-SHA-256), as on a
 * real server: users' databases are connected to as their own roles.
 */
public final class PasswordAuthentication {

	private PasswordAuthentication() {
	}

	/**
	 * For {@code EmbeddedPostgres.Builder.setDataDirectoryCustomizer}: runs after initdb,
	 * before the server starts.
	 */
	public static void require(File dataDirectory) {
		try {
			Files.writeString(dataDirectory.toPath().resolve("pg_hba.conf"), """
					local all postgres              trust
					host  all postgres 127.0.0.1/32 trust
					host  all postgres ::1/128      trust
					local all all                   scram-sha-256
					host  all all      127.0.0.1/32 scram-sha-256
					host  all all      ::1/128      scram-sha-256
					""");
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not write pg_hba.conf in " + dataDirectory, e);
		}
	}

}
