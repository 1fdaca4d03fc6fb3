package dev.exemplar.spec.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.exemplar.spec.api.ConfigurationKeys;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * SQL blocks against a real PostgreSQL that checks passwords (SCRAM over TCP for every
 * role but the superuser): a stand-in service answers where and how to connect, as a
 * provisioning service would, and the spec connects with what it captured. Rows that
 * match pass; rows that differ, a refusal that does not come and a statement refused fail
 * with what PostgreSQL answered; a target that is no PostgreSQL address is the spec's
 * mistake; the password is on no page, in no failure and in no results file.
 */
class SqlBlockSpecTests {

	private static final String PASSWORD = "Pa55-w0rd+with/odd chars";

	private static final String CONTRACT = """
			openapi: 3.0.3
			info: {title: provisioner, version: '1'}
			paths:
			  /databases:
			    post:
			      responses:
			        '201': {description: a database, content: {application/json: {schema: {type: object}}}}
			""";

	private static EmbeddedPostgres postgres;

	private static ServiceUnderTest service;

	@TempDir
	Path dir;

	@BeforeAll
	static void start() throws IOException {
		postgres = EmbeddedPostgres.builder().setDataDirectoryCustomizer(data -> {
			try {
				Files.writeString(data.toPath().resolve("pg_hba.conf"), """
						local all all trust
						host all postgres 127.0.0.1/32 trust
						host all postgres ::1/128 trust
						host all all 127.0.0.1/32 scram-sha-256
						host all all ::1/128 scram-sha-256
						""");
			}
			catch (IOException e) {
				throw new IllegalStateException(e);
			}
		}).start();
		JdbcClient admin = JdbcClient.create(postgres.getPostgresDatabase());
		admin.sql("CREATE ROLE tenant LOGIN PASSWORD '" + PASSWORD.replace("'", "''") + "'").update();
		admin.sql("CREATE DATABASE tenant_db OWNER tenant").update();
		admin.sql("CREATE DATABASE other_db").update();
		admin.sql("REVOKE CONNECT ON DATABASE other_db FROM PUBLIC").update();
		service = ServiceUnderTest.start(CONTRACT, false);
		String uri = "postgresql://tenant:"
				+ java.net.URLEncoder.encode(PASSWORD, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20")
				+ "@127.0.0.1:" + postgres.getPort() + "/tenant_db";
		service.http.stubFor(post("/databases").willReturn(
				okJson("""
						{"username": "tenant", "password": "%s", "jdbc_url": "jdbc:postgresql://127.0.0.1:%d/tenant_db", "uri": "%s"}"""
					.formatted(PASSWORD, postgres.getPort(), uri)).withStatus(201)));
		service.http.stubFor(get("/databases/mine").willReturn(
				okJson("""
						{"username": "tenant", "password": "%s", "jdbc_url": "jdbc:postgresql://127.0.0.1:%d/tenant_db", "uri": "%s"}"""
					.formatted(PASSWORD, postgres.getPort(), uri))));
	}

	@AfterAll
	static void stop() throws IOException {
		service.close();
		postgres.close();
	}

	@Test
	void sqlBlocksConnectWithWhatAnAnswerGaveAndCheckRowsAndRefusalsWithoutShowingThePassword() throws IOException {
		String spec = """
				= Databases

				== Creating and writing

				[source,http]
				----
				POST /databases
				----

				[source,json]
				----
				201

				{"username": "${capture:username}", "password": "${capture:password}", "jdbc_url": "${capture:jdbcUrl}", "uri": "${capture:uri}"}
				----

				.Connecting as ${username} with password ${password} to ${jdbcUrl}
				[source,sql]
				----
				CREATE TABLE notes (id int PRIMARY KEY, body text);
				INSERT INTO notes VALUES (1, 'hello'), (2, NULL);
				SELECT id, body FROM notes ORDER BY id;
				----

				.Which gives these rows
				|===
				| id | body
				| 1  | hello
				| 2  |
				|===

				== Through the libpq URI

				.Connecting to ${uri}
				[source,sql]
				----
				SELECT count(*) AS notes, current_user AS who FROM notes;
				----

				.Which gives these rows
				|===
				| notes | who
				| 2     | ${username}
				|===

				== Rows that differ

				.Connecting as ${username} with password ${password} to ${jdbcUrl}
				[source,sql]
				----
				SELECT id, body, '${password}' AS secret FROM notes ORDER BY id;
				----

				.Which gives these rows
				|===
				| id | body  | secret
				| 1  | hello | ${any-string}
				| 2  | bye   | ${any-string}
				|===

				== A wrong password is refused

				.Connecting as ${username} with password wrong to ${jdbcUrl}
				[source,sql]
				----
				SELECT 1;
				----

				[source,text]
				----
				connection refused: password authentication failed for user "${username}"
				----

				== Another database is refused

				.Connecting as ${username} with password ${password} to jdbc:postgresql://127.0.0.1:PORT/other_db
				[source,sql]
				----
				SELECT 1;
				----

				[source,text]
				----
				connection refused: permission denied for database "${any-string}"
				----

				== A refusal that does not come

				.Connecting as ${username} with password ${password} to ${jdbcUrl}
				[source,sql]
				----
				SELECT 1 AS one;
				----

				[source,text]
				----
				connection refused: ${any-string}
				----

				== A statement refused

				.Connecting as ${username} with password ${password} to ${jdbcUrl}
				[source,sql]
				----
				SELECT * FROM nowhere;
				----

				[source,text]
				----
				error: relation "nowhere" does not exist
				----

				== A session kept for a later block

				.Connecting as ${username} with password ${password} to ${jdbcUrl}, keeping the session as mine
				[source,sql]
				----
				CREATE TEMP TABLE only_in_this_session (n int);
				INSERT INTO only_in_this_session VALUES (7);
				----

				.Connecting as ${username} with password ${password} to ${jdbcUrl}
				[source,sql]
				----
				SELECT count(*) AS seen FROM pg_stat_activity WHERE usename = current_user;
				----

				.Which gives these rows
				|===
				| seen
				| 2
				|===

				.Continuing the session mine
				[source,sql]
				----
				SELECT n FROM only_in_this_session;
				----

				.Which gives these rows
				|===
				| n
				| 7
				|===

				== A session no block kept

				.Continuing the session mine
				[source,sql]
				----
				SELECT 1;
				----

				== A statement refused, unexpectedly

				.Connecting as ${username} with password ${password} to ${jdbcUrl}
				[source,sql]
				----
				SELECT '${password}' FROM nowhere;
				----

				== Somewhere that is no database

				.Connecting as ${username} with password ${password} to mysql://127.0.0.1/tenant_db
				[source,sql]
				----
				SELECT 1;
				----

				== The answer holding the password, in a failure

				[source,http]
				----
				POST /databases
				----

				[source,json]
				----
				{"username": "someone else", "password": "${any-string}", "jdbc_url": "${ignore}", "uri": "${ignore}"}
				----

				== The answer holding the password, outside the contract

				[source,http]
				----
				GET /databases/mine
				----

				[source,json]
				----
				{"username": "${ignore}", "password": "${ignore}", "jdbc_url": "${ignore}", "uri": "${ignore}"}
				----
				"""
			.replace("PORT", String.valueOf(postgres.getPort()));
		Files.createDirectories(dir.resolve("documents"));
		Files.writeString(dir.resolve("documents/db.adoc"), spec);

		Map<String, Throwable> outcomes = SpecEngineTests
			.outcomes(service.engine(dir.resolve("documents"), dir.resolve("out")).execute());

		assertThat(outcomes).containsEntry("db.adoc › Creating and writing", null)
			.containsEntry("db.adoc › Through the libpq URI", null)
			.containsEntry("db.adoc › A wrong password is refused", null)
			.containsEntry("db.adoc › Another database is refused", null)
			.containsEntry("db.adoc › A statement refused", null)
			.containsEntry("db.adoc › A session kept for a later block", null);
		assertThat(outcomes.get("db.adoc › A session no block kept")).as("a kept session ends with its example")
			.hasMessageContaining("no session 'mine' is kept in this example");
		assertThat(outcomes.get("db.adoc › Rows that differ")).hasMessageContainingAll(
				"documents/db.adoc:" + lineAfter(spec, "| id | body  | secret", -1), "the rows differ",
				"row 2: expected [2, bye, ${any-string}] but was [2, NULL, ********]", "PostgreSQL gave 2 rows");
		assertThat(outcomes.get("db.adoc › A refusal that does not come")).hasMessageContainingAll(
				"what PostgreSQL answered differs", "expected the connection refused: ${any-string}",
				"but PostgreSQL gave 1 row", "| one", "| 1");
		assertThat(outcomes.get("db.adoc › A statement refused, unexpectedly")).hasMessageContainingAll(
				"the SQL block was refused", "relation \"nowhere\" does not exist", "with password ********");
		assertThat(outcomes.get("db.adoc › Somewhere that is no database")).hasMessageContaining("documents/db.adoc:"
				+ lineAfter(spec, ".Connecting as ${username} with password ${password} to mysql:", 2)
				+ ": 'mysql://127.0.0.1/tenant_db' is not where a SQL block can connect");
		assertThat(outcomes.get("db.adoc › The answer holding the password, in a failure"))
			.hasMessageContaining("someone else");
		assertThat(outcomes.get("db.adoc › The answer holding the password, outside the contract"))
			.hasMessageContaining("breaks the contract");
		List<String> written = List.of(
				outcomes.values()
					.stream()
					.filter(failure -> failure != null)
					.map(Throwable::getMessage)
					.toList()
					.toString(),
				Files.readString(dir.resolve("out/db.html")), Files.readString(dir.resolve("out/results.json")));
		for (String text : written) {
			assertThat(text).doesNotContain(PASSWORD)
				.doesNotContain(java.net.URLEncoder.encode(PASSWORD, java.nio.charset.StandardCharsets.UTF_8));
		}
		assertThat(Files.readString(dir.resolve("out/db.html"))).contains("********");
	}

	@Test
	void againstADeployedServiceSqlBlocksStillRunAndAnAddressNobodyAnswersFailsWithTheDriversMessage()
			throws IOException {
		String spec = """
				= Deployed

				== Connecting with what the deployed service answered

				[source,http]
				----
				POST /databases
				----

				[source,json,role=lenient]
				----
				{"password": "${capture:password}", "jdbc_url": "${capture:jdbcUrl}"}
				----

				.Connecting as tenant with password ${password} to ${jdbcUrl}
				[source,sql]
				----
				CREATE TABLE undone (id int);
				SELECT * FROM nowhere;
				----

				[source,text]
				----
				error: relation "nowhere" does not exist
				----

				.Connecting as tenant with password ${password} to ${jdbcUrl}
				[source,sql]
				----
				SELECT count(*) AS tables FROM pg_tables WHERE tablename = 'undone';
				----

				.Which gives these rows
				|===
				| tables
				| 0
				|===

				== Nobody there

				.Connecting as tenant with password ${password} to jdbc:postgresql://127.0.0.1:1/tenant_db
				[source,sql]
				----
				SELECT 1;
				----
				""";
		Files.createDirectories(dir.resolve("documents"));
		Files.writeString(dir.resolve("documents/deployed.adoc"), spec);

		Map<String, Throwable> outcomes = SpecEngineTests
			.outcomes(service.engine(dir.resolve("documents"), dir.resolve("out"))
				.configurationParameter(ConfigurationKeys.BASE_URL, service.http.baseUrl())
				.execute());

		assertThat(outcomes).containsEntry("deployed.adoc › Connecting with what the deployed service answered", null);
		assertThat(outcomes.get("deployed.adoc › Nobody there"))
			.hasMessageContainingAll("the SQL block was refused",
					"PostgreSQL refused the connection: Connection to 127.0.0.1:1 refused")
			.hasMessageNotContaining(PASSWORD);
	}

	/**
	 * The line (from 1) that is {@code offset} lines after the first line starting with
	 * {@code text}.
	 */
	private static int lineAfter(String spec, String text, int offset) {
		List<String> lines = spec.lines().toList();
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).startsWith(text)) {
				return i + 1 + offset;
			}
		}
		throw new IllegalArgumentException(text);
	}

}
