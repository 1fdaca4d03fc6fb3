package dev.exemplar.databases;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

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
 * What specs/databases/idempotency.adoc cannot show: requests with one Idempotency-Key at
 * the same moment make one database; a request refused at the quota does not spend its
 * key; creations abandoned (an instance stopped mid-way) give their keys and their room
 * back to the next creation; keys past their window are purged.
 */
@ServiceTest
class IdempotentCreationTests {

	private static final Logger log = LoggerFactory.getLogger(IdempotentCreationTests.class);

	private static final int CLIENTS = 10;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	IdempotencyKeyPurge purge;

	DatabasesClient client;

	@BeforeEach
	void client() {
		client = new DatabasesClient(port);
	}

	@Test
	void tenConcurrentRequestsWithOneKeyMakeOneDatabase() throws Exception {
		long user = 46;
		List<DatabasesClient.Answer> answers = DatabasesClient.atOnce(CLIENTS, () -> client.create(user, "one-key"));

		Map<Integer, Long> statuses = answers.stream()
			.collect(Collectors.groupingBy(DatabasesClient.Answer::status, Collectors.counting()));
		log.info("{} concurrent creations with one key answered {}: {}", CLIENTS, statuses, answers);
		assertThat(statuses).as("one made").containsEntry(201, 1L);
		assertThat(statuses.keySet()).as("the others answered while it was made, or after").isSubsetOf(201, 200, 409);
		String made = answers.stream()
			.filter(answer -> answer.status() == 201)
			.findFirst()
			.orElseThrow()
			.body()
			.path("id")
			.asString();
		answers.stream()
			.filter(answer -> answer.status() == 200)
			.forEach(answer -> assertThat(answer.body().path("id").asString()).isEqualTo(made));
		answers.stream()
			.filter(answer -> answer.status() == 409)
			.forEach(answer -> assertThat(answer.body().path("detail").asString())
				.isEqualTo("A request with this Idempotency-Key is still making its database; retry in a few"
						+ " seconds to get it."));
		assertThat(client.create(user, "one-key").body().path("id").asString()).as("a retry, once all have ended")
			.isEqualTo(made);
		assertThat(recorded(user)).containsExactly(made);

		client.send(user, "DELETE", "/databases/" + made);
	}

	@Test
	void aRequestRefusedAtTheQuotaDoesNotSpendItsKey() {
		long user = 47;
		List<String> held = IntStream.range(0, 3)
			.mapToObj(i -> client.create(user).body().path("id").asString())
			.toList();

		DatabasesClient.Answer refused = client.create(user, "at-the-quota");
		client.send(user, "DELETE", "/databases/" + held.get(0));
		DatabasesClient.Answer again = client.create(user, "at-the-quota");

		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.body().path("detail").asString()).startsWith("You have 3 databases");
		assertThat(again.status()).as("the key, unspent").isEqualTo(201);
		assertThat(recorded(user)).hasSize(3);
		recorded(user).forEach(id -> client.send(user, "DELETE", "/databases/" + id));
	}

	@Test
	void theNextCreationForgetsTheCreationsAbandonedBeforeAndTheirKeys() {
		long user = 29;
		String abandoned = "'2 minutes'";
		String recent = "'10 seconds'";
		for (String age : List.of(abandoned, abandoned, recent)) {
			String name = TenantNames.next();
			jdbc.sql("INSERT INTO databases (id, owner_id, server_name, database_name, role_name, created_at)"
					+ " VALUES (gen_random_uuid(), :user, 'main', :name, :name, now() - interval " + age + ")")
				.param("user", user)
				.param("name", name)
				.update();
		}
		jdbc.sql("""
				INSERT INTO idempotency_keys (owner_id, key, request, database_id)
				SELECT :user, 'abandoned', '{"label": null}', id FROM databases
				WHERE owner_id = :user AND created_at < now() - interval '1 minute' LIMIT 1""")
			.param("user", user)
			.update();

		DatabasesClient.Answer made = client.create(user, "abandoned");

		assertThat(made.status()).as("neither the quota nor the key held by the abandoned").isEqualTo(201);
		assertThat(jdbc.sql("SELECT created_at > now() - interval '1 minute' FROM databases WHERE owner_id = :user")
			.param("user", user)
			.query(Boolean.class)
			.list()).as("the recent unfinished one, and the new one").containsExactly(true, true);
		client.send(user, "DELETE", "/databases/" + made.body().path("id").asString());
		jdbc.sql("DELETE FROM databases WHERE owner_id = :user").param("user", user).update();
	}

	@Test
	void thePurgeForgetsTheKeysPastTheirWindowOnly() {
		jdbc.sql("""
				INSERT INTO idempotency_keys (owner_id, key, request, created_at) VALUES
				(48, 'yesterday', '{"label": null}', now() - interval '25 hours'),
				(48, 'an-hour-ago', '{"label": null}', now() - interval '1 hour')""").update();

		purge.purge();

		assertThat(jdbc.sql("SELECT key FROM idempotency_keys WHERE owner_id = 48").query(String.class).list())
			.containsExactly("an-hour-ago");
		jdbc.sql("DELETE FROM idempotency_keys WHERE owner_id = 48").update();
	}

	private List<String> recorded(long user) {
		return jdbc.sql("SELECT id::text FROM databases WHERE owner_id = :user")
			.param("user", user)
			.query(String.class)
			.list();
	}

}
