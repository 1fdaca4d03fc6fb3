package dev.exemplar.admin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import dev.exemplar.postgres.TestPostgres;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A command's arguments for the test PostgreSQL, on a schema of its own: the other tests'
 * tables stay as they are.
 */
final class CommandArguments {

	private CommandArguments() {
	}

	static String[] of(String command, String schema, String... more) {
		JdbcConnectionDetails database = TestPostgres.connectionDetails();
		List<String> arguments = new ArrayList<>(List.of(command, "--spring.datasource.url=" + database.getJdbcUrl(),
				"--spring.datasource.username=" + database.getUsername(), "--spring.flyway.schemas=" + schema));
		if (database.getPassword() != null) {
			arguments.add("--spring.datasource.password=" + database.getPassword());
		}
		arguments.addAll(List.of(more));
		return arguments.toArray(String[]::new);
	}

	/** The migrations this build brings (src/main/resources/db/migration). */
	static int migrationsOfThisBuild() {
		try {
			return new PathMatchingResourcePatternResolver().getResources("classpath:db/migration/V*.sql").length;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static List<String> tablesOf(String schema) {
		return JdbcClient.create(TestPostgres.dataSource())
			.sql("SELECT table_name FROM information_schema.tables WHERE table_schema = :schema ORDER BY 1")
			.param("schema", schema)
			.query(String.class)
			.list();
	}

	static void drop(String schema) {
		JdbcClient.create(TestPostgres.dataSource()).sql("DROP SCHEMA IF EXISTS " + schema + " CASCADE").update();
	}

}
