package dev.exemplar.admin;

import java.io.IOException;
import java.net.ServerSocket;

import dev.exemplar.postgres.TestPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class InfoCommandTests {

	private static final String SCHEMA = "info_check";

	private static final String[] SETTINGS = { "--spring.profiles.active=test",
			"--exemplar.weather.provider-url=http://weather.internal", "--exemplar.weather.api-key=weather-secret",
			"--exemplar.users-service.url=http://users.internal:5001",
			"--exemplar.databases.admin-url=jdbc:postgresql://tenants:5432/postgres?password=tenant-secret",
			"--exemplar.databases.admin-username=tenant_admin", "--exemplar.databases.admin-password=tenant-secret" };

	@Test
	void printsWhatTheServicePointsAtAndTheMigrationsAppliedAndPending(CapturedOutput output) {
		JdbcConnectionDetails database = TestPostgres.connectionDetails();
		int migrations = CommandArguments.migrationsOfThisBuild();

		int before = InfoCommand.run(CommandArguments.of(InfoCommand.NAME, SCHEMA, SETTINGS));
		String beforeMigrating = output.getOut();
		MigrateCommand.run(CommandArguments.of(MigrateCommand.NAME, SCHEMA));
		int after = InfoCommand.run(CommandArguments.of(InfoCommand.NAME, SCHEMA, SETTINGS));
		String afterMigrating = output.getOut().substring(beforeMigrating.length());

		assertThat(before).isZero();
		assertThat(after).isZero();
		assertThat(beforeMigrating).contains("Profile:          test\n")
			.contains("Database:         " + InfoCommand.withoutPassword(database.getJdbcUrl()) + " as "
					+ database.getUsername() + "\n")
			.contains("Weather provider: http://weather.internal (key set)\n")
			.contains("Users service:    http://users.internal:5001\n")
			.contains("Tenant server:    main: jdbc:postgresql://tenants:5432/postgres?password=(hidden) "
					+ "as tenant_admin\n")
			.contains("Java:             " + Runtime.version() + " (")
			.contains("PostgreSQL:       " + serverVersion() + "\n")
			.contains("Migrations:       0 applied (now at version none), " + migrations + " pending\n")
			.contains("  Pending  1  create tweets\n");
		assertThat(afterMigrating)
			.contains("Migrations:       " + migrations + " applied (now at version " + migrations + "), 0 pending\n")
			.contains("  Success  1  create tweets\n");
		assertThat(output.getAll()).doesNotContain("weather-secret").doesNotContain("tenant-secret");
		if (database.getPassword() != null) {
			assertThat(output.getAll()).doesNotContain(database.getPassword());
		}
	}

	@Test
	void printsTheRestAndSaysSoWhenTheDatabaseDoesNotAnswer(CapturedOutput output) throws IOException {
		int port;
		try (ServerSocket closed = new ServerSocket(0)) {
			port = closed.getLocalPort();
		}

		int exitCode = InfoCommand.run(InfoCommand.NAME, "--spring.profiles.active=prod",
				"--spring.datasource.url=jdbc:postgresql://localhost:" + port + "/gone?password=db-secret");

		assertThat(exitCode).isEqualTo(InfoCommand.FAILED);
		assertThat(output.getOut()).contains("Profile:          prod\n")
			.contains("Database:         jdbc:postgresql://localhost:" + port + "/gone?password=(hidden)\n")
			.contains("Tenant server:    main: the service's own PostgreSQL server (DATABASES_ADMIN_URL unset)\n")
			.contains("PostgreSQL:       not reached (");
		assertThat(output.getAll()).doesNotContain("db-secret");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					jdbc:postgresql://db/ex?user=app&password=s3cret&ssl=true | jdbc:postgresql://db/ex?user=app&password=(hidden)&ssl=true
					jdbc:postgresql://db/ex?PASSWORD=s3cret                  | jdbc:postgresql://db/ex?PASSWORD=(hidden)
					postgresql://app:s3cret@db:5432/ex                        | postgresql://app:(hidden)@db:5432/ex
					jdbc:postgresql://db:5432/ex                              | jdbc:postgresql://db:5432/ex
					""")
	void hidesPasswordsInUrls(String url, String shown) {
		assertThat(InfoCommand.withoutPassword(url)).isEqualTo(shown);
	}

	@AfterEach
	void dropSchema() {
		CommandArguments.drop(SCHEMA);
	}

	private static String serverVersion() {
		return JdbcClient.create(TestPostgres.dataSource())
			.sql("SELECT current_setting('server_version')")
			.query(String.class)
			.single();
	}

}
