package dev.exemplar.databases;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.exemplar.testsupport.ServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a spec cannot show: the quota holds under a race. Twenty clients of one user ask
 * for a database at the same moment, over real HTTP connections, against the default
 * quota of 3: three are made, seventeen refused, and the server holds exactly the three
 * the records know. (How long a creation takes: DatabasesBenchmark.)
 */
@ServiceTest
class DatabaseQuotaConcurrencyTests {

	private static final Logger log = LoggerFactory.getLogger(DatabaseQuotaConcurrencyTests.class);

	private static final long USER = 41;

	private static final int CLIENTS = 20;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	DatabasesClient client;

	@BeforeEach
	void client() {
		client = new DatabasesClient(port);
	}

	@Test
	void twentyConcurrentCreationsForOneUserMakeThree() throws Exception {
		List<String> before = namesOnServer();
		List<DatabasesClient.Answer> answers = DatabasesClient.atOnce(CLIENTS, () -> client.create(USER));

		Map<Integer, Long> statuses = answers.stream()
			.collect(Collectors.groupingBy(DatabasesClient.Answer::status, Collectors.counting()));
		log.info("{} concurrent creations for one user answered {}", CLIENTS, statuses);
		assertThat(statuses).isEqualTo(Map.of(201, 3L, 409, 17L));
		List<String> recorded = jdbc
			.sql("SELECT database_name FROM databases WHERE owner_id = :user AND state = 'ready'")
			.param("user", USER)
			.query(String.class)
			.list();
		List<String> made = new ArrayList<>(namesOnServer());
		made.removeAll(before);
		assertThat(made).as("no orphan role or database on the server")
			.containsExactlyInAnyOrderElementsOf(recorded)
			.hasSize(3);
		assertThat(roles(made)).containsExactlyInAnyOrderElementsOf(recorded);

		answers.stream()
			.filter(answer -> answer.status() == 201)
			.forEach(answer -> client.send(USER, "DELETE", "/databases/" + answer.body().path("id").asString()));
		assertThat(namesOnServer()).containsExactlyInAnyOrderElementsOf(before);
	}

	private List<String> namesOnServer() {
		return jdbc.sql("SELECT datname FROM pg_database WHERE datname LIKE 'exdb\\_%'").query(String.class).list();
	}

	private List<String> roles(List<String> names) {
		return jdbc.sql("SELECT rolname FROM pg_roles WHERE rolname IN (:names)")
			.param("names", names)
			.query(String.class)
			.list();
	}

}
