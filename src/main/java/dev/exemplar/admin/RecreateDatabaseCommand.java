package dev.exemplar.admin;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * {@code recreate-db}: a one-off command that empties the configured database (Flyway
 * clean: every table, view and sequence of its schemas, with their data) and migrates it
 * again. For development and test databases only: it refuses to run under the
 * {@code prod} profile, and unless the {@code dev} or {@code test} profile is active.
 *
 * <p>
 * It runs in a {@link CommandContext}: the profiles are known before anything reaches the
 * database, and a refused run never connects.
 */
public final class RecreateDatabaseCommand {

	public static final String NAME = "recreate-db";

	static final int REFUSED = 2;

	static final int FAILED = 1;

	private static final List<String> ALLOWED_PROFILES = List.of("dev", "test");

	/**
	 * @return the process's exit code: 0 when recreated, {@value #REFUSED} when refused,
	 * {@value #FAILED} on failure
	 */
	public static int run(String... args) {
		try (ConfigurableApplicationContext context = CommandContext.start(args)) {
			String refusal = refusal(context.getEnvironment());
			if (refusal != null) {
				System.err.println(refusal);
				return REFUSED;
			}
			return recreate(context.getBean(Flyway.class), System.out);
		}
		catch (RuntimeException e) {
			System.err.println(NAME + " failed: " + e.getMessage());
			return FAILED;
		}
	}

	/**
	 * @return why the command must not run in this environment, or null when it may
	 */
	static String refusal(Environment environment) {
		List<String> active = Arrays.asList(environment.getActiveProfiles());
		if (active.contains("prod")) {
			return "Refusing to run " + NAME + " under the 'prod' profile: it drops every table of the database and "
					+ "its data. It is meant for development and test databases only.";
		}
		if (ALLOWED_PROFILES.stream().noneMatch(active::contains)) {
			return "Refusing to run " + NAME + ": it runs only under the 'dev' or 'test' profile (active profiles: "
					+ (active.isEmpty() ? "none" : String.join(", ", active)) + "), since it drops every table of "
					+ "the database and its data. Run it with SPRING_PROFILES_ACTIVE=dev.";
		}
		return null;
	}

	private static int recreate(Flyway configured, PrintStream out) {
		// Boot's Flyway, as spring.flyway.* configures it; cleaning is allowed for this
		// one run only.
		Flyway flyway = Flyway.configure().configuration(configured.getConfiguration()).cleanDisabled(false).load();
		String schemas = String.join(", ", flyway.getConfiguration().getSchemas());
		flyway.clean();
		MigrateResult result = flyway.migrate();
		out.println("Recreated the database " + result.database
				+ (schemas.isEmpty() ? "" : " (schemas " + schemas + ")") + ": dropped everything, applied "
				+ result.migrationsExecuted + " migrations, now at version " + result.targetSchemaVersion + ".");
		return 0;
	}

	private RecreateDatabaseCommand() {
	}

}
