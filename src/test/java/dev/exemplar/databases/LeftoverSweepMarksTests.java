package dev.exemplar.databases;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import dev.exemplar.testsupport.ServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The start-up sweep drops only what it can prove is this deployment's leftover, on the
 * real tenant server (here the service's own): not a database made in full whose record
 * is lost (the records restored from a backup), not another deployment's, not one of its
 * own too young to be abandoned, not one nobody marked.
 */
@ServiceTest
class LeftoverSweepMarksTests {

	private static final long USER = 49;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	LeftoverSweep sweep;

	@Autowired
	Placement placement;

	@Autowired
	TenantRoles roles;

	@Autowired
	DeploymentMark mark;

	DatabasesClient client;

	TenantServer server;

	@BeforeEach
	void client() {
		client = new DatabasesClient(port);
		server = placement.servers().iterator().next();
	}

	@Test
	void aTenantMadeAfterTheRecordsBackupSurvivesTheirRestore() {
		DatabasesClient.Answer older = client.create(USER);
		List<String> backup = recordsOf(USER);
		DatabasesClient.Answer newer = client.create(USER);
		assertThat(List.of(older, newer)).as("%s", List.of(older, newer))
			.extracting(DatabasesClient.Answer::status)
			.containsExactly(201, 201);
		String newerName = newer.body().path("database").asString();

		jdbc.sql("DELETE FROM databases WHERE owner_id = :user AND id::text NOT IN (:backup)")
			.param("user", USER)
			.param("backup", backup)
			.update();
		LeftoverSweep.Outcome outcome = sweep.sweep(server, Instant.now().plus(Duration.ofHours(1)));

		assertThat(outcome.dropped()).doesNotContain(newerName);
		assertThat(outcome.left()).containsKey(newerName);
		assertThat(outcome.left().get(newerName)).startsWith("it was made in full");
		assertThat(databases()).contains(newerName, older.body().path("database").asString());

		roles.drop(server, newerName);
		client.send(USER, "DELETE", "/databases/" + older.body().path("id").asString());
	}

	@Test
	void onlyThisDeploymentsUnfinishedCreationsOldEnoughAreDropped() {
		Instant now = Instant.now();
		String abandoned = role(mark.comment(now.minus(Duration.ofHours(1))));
		String anotherDeployments = role(
				new DeploymentMark("another-deployment").comment(now.minus(Duration.ofHours(1))));
		String underWay = role(mark.comment(now));
		String unmarked = role(null);

		LeftoverSweep.Outcome outcome = sweep.sweep(server, now);

		assertThat(outcome.dropped()).contains(abandoned).doesNotContain(anotherDeployments, underWay, unmarked);
		assertThat(outcome.left().get(anotherDeployments))
			.isEqualTo("deployment 'another-deployment' made it, not this one ('" + mark.deploymentId() + "')");
		assertThat(outcome.left().get(underWay)).isEqualTo("made at " + now + ", a creation may still be under way");
		assertThat(outcome.left().get(unmarked)).startsWith("its role bears no deployment's mark");
		assertThat(roles()).contains(anotherDeployments, underWay, unmarked).doesNotContain(abandoned);

		List.of(anotherDeployments, underWay, unmarked).forEach(name -> roles.drop(server, name));
	}

	@Test
	void aTenantCannotChangeItsRolesMark() throws Exception {
		DatabasesClient.Answer created = client.create(USER);
		assertThat(created.status()).as("%s", created).isEqualTo(201);

		try (Connection tenant = DatabasesClient.connect(created.body())) {
			String role = TenantNames.quoted(created.body().path("username").asString());
			assertThatThrownBy(() -> tenant.createStatement().execute("COMMENT ON ROLE " + role + " IS 'mine'"))
				.isInstanceOf(SQLException.class)
				.hasMessageContaining("permission denied");
		}
		assertThat(DeploymentMark
			.read(jdbc.sql("SELECT shobj_description(oid, 'pg_authid') FROM pg_roles WHERE rolname = :name")
				.param("name", created.body().path("username").asString())
				.query(String.class)
				.single()))
			.hasValueSatisfying(made -> assertThat(made.finished()).isTrue());

		client.send(USER, "DELETE", "/databases/" + created.body().path("id").asString());
	}

	/**
	 * A role as a creation that stopped after its first steps leaves it: no database, no
	 * record.
	 */
	private String role(String comment) {
		String name = TenantNames.next();
		jdbc.sql("CREATE ROLE " + TenantNames.quoted(name)).update();
		if (comment != null) {
			jdbc.sql("COMMENT ON ROLE " + TenantNames.quoted(name) + " IS '" + comment + "'").update();
		}
		return name;
	}

	private List<String> recordsOf(long user) {
		return jdbc.sql("SELECT id::text FROM databases WHERE owner_id = :user")
			.param("user", user)
			.query(String.class)
			.list();
	}

	private List<String> databases() {
		return jdbc.sql("SELECT datname FROM pg_database WHERE datname LIKE 'exdb\\_%'").query(String.class).list();
	}

	private List<String> roles() {
		return jdbc.sql("SELECT rolname FROM pg_roles WHERE rolname LIKE 'exdb\\_%'").query(String.class).list();
	}

}
