package dev.exemplar.system;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;

import javax.sql.DataSource;

import dev.exemplar.postgres.TestPostgres;
import org.junit.jupiter.api.Test;
import org.postgresql.Driver;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * application-prod.properties, read as a production service reads it from its
 * environment.
 */
class ProdProfileTests extends DeployedProfileTests {

	@Override
	String profile() {
		return "prod";
	}

	@Test
	void startsTheServiceOnTheDatabaseThatDatabaseUrlNames() throws Exception {
		JdbcClient server = JdbcClient.create(TestPostgres.dataSource());
		server.sql("CREATE DATABASE prod_profile_check").update();
		try (ConfigurableApplicationContext service = ProfileSettings.start(
				Map.of("SPRING_PROFILES_ACTIVE", "prod", "DATABASE_URL", databaseUrl("prod_profile_check"),
						"WEATHER_API_KEY", "a-key",
						// users' databases on a server that is not there: the start's
						// sweep of leftovers is not to touch the
						// shared test server, whose users' databases this service's
						// (empty) records do not know
						"DATABASES_ADMIN_URL", "jdbc:postgresql://localhost:" + closedPort() + "/postgres"),
				"--server.port=0")) {
			int port = ((WebServerApplicationContext) service).getWebServer().getPort();
			HttpResponse<String> probe = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/probe_status")).build(),
						HttpResponse.BodyHandlers.ofString());

			assertThat(probe.statusCode()).isEqualTo(200);
			assertThat(JdbcClient.create(service.getBean(DataSource.class))
				.sql("SELECT current_database()")
				.query(String.class)
				.single()).isEqualTo("prod_profile_check");
		}
		finally {
			server.sql("DROP DATABASE prod_profile_check WITH (FORCE)").update();
		}
	}

	/**
	 * The test PostgreSQL as a platform would name it:
	 * postgres://user:password@host:port/database.
	 */
	private static String databaseUrl(String database) {
		JdbcConnectionDetails details = TestPostgres.connectionDetails();
		Properties parsed = Driver.parseURL(details.getJdbcUrl(), null);
		String password = details.getPassword() == null ? ""
				: ":" + URLEncoder.encode(details.getPassword(), StandardCharsets.UTF_8);
		return "postgres://" + URLEncoder.encode(details.getUsername(), StandardCharsets.UTF_8) + password + "@"
				+ parsed.getProperty("PGHOST") + ":" + parsed.getProperty("PGPORT") + "/" + database;
	}

	private static int closedPort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
