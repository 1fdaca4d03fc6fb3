package dev.exemplar.admin;

import java.io.PrintStream;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code migrate}: applies the migrations the configured database lacks, then exits; for
 * deployments that migrate before they start the service, with the service's own
 * migration at start-up turned off ({@code MIGRATE_AT_START_UP=false}). It runs under any
 * profile: it never drops anything.
 */
public final class MigrateCommand {

	public static final String NAME = "migrate";

	static final int FAILED = 1;

	/**
	 * @return the process's exit code: 0 when the database is up to date,
	 * {@value #FAILED} on failure
	 */
	public static int run(String... args) {
		try (ConfigurableApplicationContext context = CommandContext.start(args)) {
			return migrate(context.getBean(Flyway.class), System.out);
		}
		catch (RuntimeException e) {
			System.err.println(NAME + " failed: " + e.getMessage());
			return FAILED;
		}
	}

	private static int migrate(Flyway flyway, PrintStream out) {
		MigrateResult result = flyway.migrate();
		String version = result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
		out.println("Migrated the database " + result.database + ": applied " + result.migrationsExecuted
				+ " migrations, now at version " + version + ".");
		return 0;
	}

	private MigrateCommand() {
	}

}
