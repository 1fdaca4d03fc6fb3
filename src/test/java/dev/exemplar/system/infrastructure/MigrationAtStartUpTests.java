package dev.exemplar.system.infrastructure;

import java.util.List;

import dev.exemplar.admin.MigrateCommand;
import dev.exemplar.postgres.TestPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * MIGRATE_AT_START_UP=false: the deployment runs migrate, the service only checks its
 * schema.
 */
class MigrationAtStartUpTests {

	private static final String SCHEMA = "at_start_up_check";

	private final ApplicationContextRunner service = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class))
		.withUserConfiguration(MigrationAtStartUp.class)
		.withPropertyValues(database())
		.withPropertyValues("exemplar.migrate-at-start-up=false");

	@Test
	void refusesToStartOnASchemaThatLacksMigrationsAndMigratesNothing() {
		service.run(context -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure())
				.hasStackTraceContaining("MIGRATE_AT_START_UP=false: run the migrate command first");
		});
		assertThat(tables()).isEmpty();
	}

	@Test
	void startsOnceTheMigrateCommandHasRun() {
		String[] database = database();
		assertThat(MigrateCommand.run(MigrateCommand.NAME, "--" + database[0], "--" + database[1], "--" + database[2],
				"--" + database[3]))
			.isZero();

		service.run(context -> assertThat(context).hasNotFailed());
	}

	@AfterEach
	void dropSchema() {
		JdbcClient.create(TestPostgres.dataSource()).sql("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE").update();
	}

	private static List<String> tables() {
		return JdbcClient.create(TestPostgres.dataSource())
			.sql("SELECT table_name FROM information_schema.tables WHERE table_schema = :schema")
			.param("schema", SCHEMA)
			.query(String.class)
			.list();
	}

	private static String[] database() {
		JdbcConnectionDetails details = TestPostgres.connectionDetails();
		return new String[] { "spring.datasource.url=" + details.getJdbcUrl(),
				"spring.datasource.username=" + details.getUsername(),
				"spring.datasource.password=" + (details.getPassword() == null ? "" : details.getPassword()),
				"spring.flyway.schemas=" + SCHEMA };
	}

}
