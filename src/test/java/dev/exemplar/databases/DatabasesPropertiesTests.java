package dev.exemplar.databases;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The tenant servers as configured: a list, or the single server's settings as a list of
 * one.
 */
class DatabasesPropertiesTests {

	@Test
	void theSingleServersSettingsAreAListOfOne() {
		DatabasesProperties single = properties("jdbc:postgresql://tenants:5432/postgres", List.of());

		assertThat(single.serverList()).containsExactly(new DatabasesProperties.Server("main",
				"jdbc:postgresql://tenants:5432/postgres", "admin", "admin-secret", null, null, null));
		assertThat(properties("", List.of()).serverList()).extracting(DatabasesProperties.Server::adminUrl)
			.as("unset: the service's own server")
			.containsExactly((String) null);
	}

	@Test
	void twoServersOfOneNameAreRefused() {
		List<DatabasesProperties.Server> twins = List.of(server("first"), server("first"));

		assertThatThrownBy(() -> properties("", twins)).hasMessage("exemplar.databases.servers: the name 'first' is"
				+ " given to two servers; each needs its own (the records keep a database's server by it)");
	}

	@Test
	void noPasswordInTheirText() {
		DatabasesProperties listed = properties("", List.of(server("first")));

		assertThat(listed.toString()).contains("first", "adminPassword=******").doesNotContain("admin-secret");
	}

	private static DatabasesProperties.Server server(String name) {
		return new DatabasesProperties.Server(name, "jdbc:postgresql://" + name + ":5432/postgres", "admin",
				"admin-secret", null, null, 2);
	}

	private static DatabasesProperties properties(String adminUrl, List<DatabasesProperties.Server> servers) {
		return new DatabasesProperties(3, "main", adminUrl, "admin", "admin-secret", null, null, null, null, null,
				servers);
	}

}
