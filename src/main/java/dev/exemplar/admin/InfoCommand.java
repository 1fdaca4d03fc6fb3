package dev.exemplar.admin;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code info}: what this build, under these profiles and this environment, points at:
 * the database (never its password), its migrations applied and pending, the outside
 * services (never their keys), the tenant server of users' databases, and the Java and
 * PostgreSQL versions. It runs under any profile and changes nothing; when the database
 * does not answer it prints the rest, says so and exits with {@value #FAILED}.
 */
public final class InfoCommand {

	public static final String NAME = "info";

	static final int FAILED = 1;

	/** A password given as a parameter of a JDBC URL (password=…). */
	private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)([?&;]password=)[^&;]*");

	/** A password given in a URL's user info (//user:password@host). */
	private static final Pattern USER_INFO_PASSWORD = Pattern.compile("(//[^/@:]*:)[^/@]*@");

	/**
	 * @return the process's exit code: 0 when everything was read, {@value #FAILED} when
	 * something was not
	 */
	public static int run(String... args) {
		try (ConfigurableApplicationContext context = CommandContext.start(args)) {
			return print(context, System.out);
		}
		catch (RuntimeException e) {
			System.err.println(NAME + " failed: " + e.getMessage());
			return FAILED;
		}
	}

	private static int print(ConfigurableApplicationContext context, PrintStream out) {
		Environment environment = context.getEnvironment();
		JdbcConnectionDetails database = context.getBean(JdbcConnectionDetails.class);
		String[] profiles = environment.getActiveProfiles();
		out.println("Profile:          " + (profiles.length == 0 ? "none (default)" : String.join(", ", profiles)));
		out.println("Database:         " + withoutPassword(database.getJdbcUrl()) + user(database.getUsername()));
		out.println("Weather provider: " + environment.getProperty("exemplar.weather.provider-url")
				+ (hasText(environment.getProperty("exemplar.weather.api-key")) ? " (key set)" : " (no key)"));
		out.println("Users service:    " + environment.getProperty("exemplar.users-service.url"));
		out.println("Tenant server:    " + tenantServer(environment));
		out.println("Java:             " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")");
		try {
			JdbcClient jdbc = JdbcClient.create(context.getBean(DataSource.class));
			String version = jdbc.sql("SELECT current_setting('server_version')").query(String.class).single();
			out.println("PostgreSQL:       " + version);
			MigrationInfoService migrations = context.getBean(Flyway.class).info();
			MigrationInfo current = migrations.current();
			out.println("Migrations:       " + count(migrations.applied()) + " applied (now at version "
					+ (current == null ? "none" : current.getVersion()) + "), " + count(migrations.pending())
					+ " pending");
			migrations(migrations.all()).forEach(migration -> out.println("  " + migration.getState().getDisplayName()
					+ "  " + migration.getVersion() + "  " + migration.getDescription()));
			return 0;
		}
		catch (RuntimeException e) {
			out.println("PostgreSQL:       not reached (" + e.getMessage() + ")");
			return FAILED;
		}
	}

	/** The migrations, without Flyway's own entries (the creation of the schema). */
	private static Stream<MigrationInfo> migrations(MigrationInfo[] all) {
		return Arrays.stream(all).filter(migration -> !migration.getType().isSynthetic());
	}

	private static long count(MigrationInfo[] all) {
		return migrations(all).count();
	}

	/**
	 * The databases package's settings (exemplar.databases.*), as the databases guide
	 * describes them.
	 */
	private static String tenantServer(Environment environment) {
		String name = environment.getProperty("exemplar.databases.server-name", "main");
		String adminUrl = environment.getProperty("exemplar.databases.admin-url");
		String given = hasText(environment.getProperty("exemplar.databases.public-host"))
				? "; given to clients as " + environment.getProperty("exemplar.databases.public-host") + ":"
						+ environment.getProperty("exemplar.databases.public-port", "(the admin URL's port)")
				: "";
		if (!hasText(adminUrl)) {
			return name + ": the service's own PostgreSQL server (DATABASES_ADMIN_URL unset)" + given;
		}
		String adminUser = environment.getProperty("exemplar.databases.admin-username");
		return name + ": " + withoutPassword(adminUrl) + user(adminUser) + given;
	}

	static String withoutPassword(String url) {
		if (url == null) {
			return "(none)";
		}
		String withoutParameter = PASSWORD_PARAMETER.matcher(url).replaceAll("$1(hidden)");
		return USER_INFO_PASSWORD.matcher(withoutParameter).replaceAll("$1(hidden)@");
	}

	private static String user(String username) {
		return hasText(username) ? " as " + username : "";
	}

	private static boolean hasText(String text) {
		return text != null && !text.isBlank();
	}

	private InfoCommand() {
	}

}
