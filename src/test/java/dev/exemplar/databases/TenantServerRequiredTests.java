package dev.exemplar.databases;

import java.net.ServerSocket;
import java.util.Map;

import dev.exemplar.ExemplarApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Under prod, users' databases never land on the service's own PostgreSQL: without a
 * tenant server, no start.
 */
@ExtendWith(OutputCaptureExtension.class)
class TenantServerRequiredTests {

	@Test
	void underProdTheServiceDoesNotStartWithoutATenantServerNorConnectsAnywhere(CapturedOutput output)
			throws Exception {
		int nobody;
		try (ServerSocket socket = new ServerSocket(0)) {
			nobody = socket.getLocalPort();
		}
		SpringApplication application = new SpringApplication(ExemplarApplication.class);

		assertThatThrownBy(() -> application.run("--spring.profiles.active=prod", "--server.port=0",
				"--spring.datasource.url=jdbc:postgresql://localhost:" + nobody + "/exemplar",
				"--exemplar.weather.api-key=some-key"))
			.hasMessageContaining("set DATABASES_ADMIN_URL");
		assertThat(output.getAll()).doesNotContain("Connection refused", "HikariPool");
	}

	@Test
	void aListOfTenantServersIsOneToo_namedAsAnEnvironmentVariable() {
		SpringApplication application = new SpringApplication(ExemplarApplication.class);

		assertThatCode(
				() -> new TenantServerRequired().postProcessEnvironment(
						prodWith(Map.of("EXEMPLAR_DATABASES_SERVERS_0_NAME", "first",
								"EXEMPLAR_DATABASES_SERVERS_0_ADMINURL", "jdbc:postgresql://tenants:5432/postgres")),
						application))
			.doesNotThrowAnyException();
		assertThatThrownBy(() -> new TenantServerRequired()
			.postProcessEnvironment(prodWith(Map.of("EXEMPLAR_DATABASES_SERVERS_0_NAME", "first")), application))
			.hasMessageContaining("set DATABASES_ADMIN_URL");
	}

	/** An environment as prod's settings and these environment variables make it. */
	private static StandardEnvironment prodWith(Map<String, Object> variables) {
		StandardEnvironment environment = new StandardEnvironment();
		String name = StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME;
		environment.getPropertySources().replace(name, new SystemEnvironmentPropertySource(name, variables));
		environment.getPropertySources()
			.addFirst(new MapPropertySource("prod",
					Map.of(TenantServerRequired.ALLOWED, "false", "exemplar.databases.admin-url", "")));
		return environment;
	}

}
