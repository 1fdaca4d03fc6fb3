package dev.exemplar.admin;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.List;

import dev.exemplar.postgres.TestPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class RecreateDatabaseCommandTests {

	/**
	 * The command recreates this schema of the test PostgreSQL, so that the other tests'
	 * tables stay as they are.
	 */
	private static final String SCHEMA = "recreate_db_check";

	@ParameterizedTest(name = "profiles {0}")
	@ValueSource(strings = { "prod", "dev,prod", "prod,test" })
	void refusesUnderTheProdProfileWithoutConnecting(String profiles, CapturedOutput output) throws Exception {
		try (ServerSocket database = new ServerSocket(0)) {
			int exitCode = RecreateDatabaseCommand.run(RecreateDatabaseCommand.NAME,
					"--spring.profiles.active=" + profiles, "--spring.datasource.url=" + url(database));

			assertThat(exitCode).isEqualTo(RecreateDatabaseCommand.REFUSED);
			assertThat(output.getErr()).contains("Refusing to run recreate-db under the 'prod' profile");
			assertThat(output.getAll()).doesNotContain("Recreated");
			assertThat(connectionsTo(database)).isZero();
		}
	}

	@Test
	void refusesUnlessTheDevOrTestProfileIsActive(CapturedOutput output) throws Exception {
		try (ServerSocket database = new ServerSocket(0)) {
			int exitCode = RecreateDatabaseCommand.run(RecreateDatabaseCommand.NAME,
					"--spring.datasource.url=" + url(database));

			assertThat(exitCode).isEqualTo(RecreateDatabaseCommand.REFUSED);
			assertThat(output.getErr()).contains("runs only under the 'dev' or 'test' profile (active profiles: none)");
			assertThat(connectionsTo(database)).isZero();
		}
	}

	@Test
	void dropsEverythingAndMigratesAgain(CapturedOutput output) {
		JdbcClient jdbc = JdbcClient.create(TestPostgres.dataSource());
		assertThat(RecreateDatabaseCommand.run(arguments())).isZero();
		jdbc.sql("INSERT INTO " + SCHEMA + ".scores (user_id, exercise_id, correct) VALUES (1, 1, true)").update();
		jdbc.sql("CREATE TABLE " + SCHEMA + ".leftover (id int)").update();

		int exitCode = RecreateDatabaseCommand.run(arguments());

		assertThat(exitCode).isZero();
		assertThat(output.getOut()).contains("dropped everything, applied 5 migrations, now at version 5.");
		assertThat(jdbc.sql("SELECT count(*) FROM " + SCHEMA + ".scores").query(Long.class).single()).isZero();
		assertThat(jdbc.sql("SELECT table_name FROM information_schema.tables WHERE table_schema = :schema ORDER BY 1")
			.param("schema", SCHEMA)
			.query(String.class)
			.list()).containsExactly("databases", "flyway_schema_history", "idempotency_keys", "scores", "tweets");
	}

	@AfterEach
	void dropSchema() {
		JdbcClient.create(TestPostgres.dataSource()).sql("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE").update();
	}

	private static String[] arguments() {
		JdbcConnectionDetails database = TestPostgres.connectionDetails();
		List<String> arguments = new ArrayList<>(List.of(RecreateDatabaseCommand.NAME, "--spring.profiles.active=test",
				"--spring.datasource.url=" + database.getJdbcUrl(),
				"--spring.datasource.username=" + database.getUsername(), "--spring.flyway.schemas=" + SCHEMA));
		if (database.getPassword() != null) {
			arguments.add("--spring.datasource.password=" + database.getPassword());
		}
		return arguments.toArray(String[]::new);
	}

	/**
	 * A database that listens and never answers: the driver gives up after a second,
	 * should it ever try.
	 */
	private static String url(ServerSocket database) {
		return "jdbc:postgresql://localhost:" + database.getLocalPort()
				+ "/exemplar?connectTimeout=1&socketTimeout=1&loginTimeout=1";
	}

	/**
	 * The connections made to the socket: the kernel keeps each in its backlog until it
	 * is accepted.
	 */
	private static int connectionsTo(ServerSocket database) throws IOException {
		database.setSoTimeout(200);
		int accepted = 0;
		while (true) {
			try (Socket connection = database.accept()) {
				accepted++;
			}
			catch (SocketTimeoutException none) {
				return accepted;
			}
		}
	}

}
