package dev.exemplar.admin;

import java.io.IOException;
import java.net.ServerSocket;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class MigrateCommandTests {

	private static final String SCHEMA = "migrate_check";

	@Test
	void appliesThePendingMigrationsUnderProdThenFindsNoneLeft(CapturedOutput output) {
		int migrations = CommandArguments.migrationsOfThisBuild();
		String[] underProd = CommandArguments.of(MigrateCommand.NAME, SCHEMA, "--spring.profiles.active=prod");

		int first = MigrateCommand.run(underProd);
		String firstOutput = output.getOut();
		int second = MigrateCommand.run(underProd);

		assertThat(first).isZero();
		assertThat(firstOutput).contains(": applied " + migrations + " migrations, now at version ");
		assertThat(CommandArguments.tablesOf(SCHEMA)).contains("flyway_schema_history", "scores", "tweets");
		assertThat(second).isZero();
		assertThat(output.getOut().substring(firstOutput.length())).contains(": applied 0 migrations, now at version ");
	}

	@Test
	void failsWithAMessageWhenTheDatabaseDoesNotAnswer(CapturedOutput output) throws IOException {
		int port;
		try (ServerSocket closed = new ServerSocket(0)) {
			port = closed.getLocalPort();
		}

		int exitCode = MigrateCommand.run(MigrateCommand.NAME,
				"--spring.datasource.url=jdbc:postgresql://localhost:" + port + "/gone");

		assertThat(exitCode).isEqualTo(MigrateCommand.FAILED);
		assertThat(output.getErr()).contains("migrate failed: ");
	}

	@AfterEach
	void dropSchema() {
		CommandArguments.drop(SCHEMA);
	}

}
