package dev.exemplar.system;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.logging.LogLevel;
import org.springframework.core.env.ConfigurableEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * What the profiles of deployed services (staging, prod) must hold; each has its own
 * subclass.
 */
abstract class DeployedProfileTests {

	abstract String profile();

	@Test
	void takesTheDatabaseFromDatabaseUrl() {
		ConfigurableEnvironment settings = settings(
				Map.of("DATABASE_URL", "postgres://app:p%40ss@db.internal:6432/exemplar?sslmode=require"));

		assertThat(settings.getProperty("spring.datasource.url"))
			.isEqualTo("jdbc:postgresql://db.internal:6432/exemplar?sslmode=require");
		assertThat(settings.getProperty("spring.datasource.username")).isEqualTo("app");
		assertThat(settings.getProperty("spring.datasource.password")).isEqualTo("p@ss");
	}

	@Test
	void takesTheDatabaseFromTheSpringDatasourceVariablesFirst() {
		ConfigurableEnvironment settings = settings(
				Map.of("SPRING_DATASOURCE_URL", "jdbc:postgresql://primary:5432/exemplar", "SPRING_DATASOURCE_USERNAME",
						"service", "DATABASE_URL", "postgres://other:secret@elsewhere/other"));

		assertThat(settings.getProperty("spring.datasource.url")).isEqualTo("jdbc:postgresql://primary:5432/exemplar");
		assertThat(settings.getProperty("spring.datasource.username")).isEqualTo("service");
		assertThat(settings.getProperty("spring.datasource.password")).isNull();
	}

	@Test
	void refusesToStartWithoutADatabaseNamingTheVariablesThatGiveIt() {
		assertThatIllegalStateException().isThrownBy(() -> settings(Map.of()))
			.withMessageContaining(
					"No database is given, and the profile '" + profile() + "' takes it from the " + "environment only")
			.withMessageContaining("DATABASE_URL")
			.withMessageContaining("SPRING_DATASOURCE_URL");
	}

	@Test
	void logsNoSqlStatements() {
		Map<String, LogLevel> levels = ProfileSettings.logLevels(settings(database()));

		assertThat(levels).doesNotContainValue(LogLevel.DEBUG).doesNotContainValue(LogLevel.TRACE);
		assertThat(levels.get("root")).isEqualTo(LogLevel.INFO);
	}

	@Test
	void neverCleansTheDatabaseAndRequiresTheWeatherKey() {
		ConfigurableEnvironment settings = settings(database());

		assertThat(settings.getProperty("spring.flyway.clean-disabled", Boolean.class)).isTrue();
		assertThat(settings.getProperty("exemplar.weather.key-required", Boolean.class)).isTrue();
		assertThat(settings.getProperty("server.shutdown")).isEqualTo("graceful");
		assertThat(settings.getProperty("exemplar.databases.own-server-allowed", Boolean.class))
			.as("users' databases on a tenant server of their own")
			.isFalse();
	}

	@Test
	void letsNoWebPageCallTheApiUnlessToldWhich() {
		Map<String, String> origins = new HashMap<>(database());
		origins.put("CORS_ALLOWED_ORIGINS", "https://app.example.com, https://admin.example.com");

		assertThat(ProfileSettings.allowedOrigins(settings(database()))).isEmpty();
		assertThat(ProfileSettings.allowedOrigins(settings(origins))).containsExactly("https://app.example.com",
				"https://admin.example.com");
	}

	private ConfigurableEnvironment settings(Map<String, String> variables) {
		Map<String, String> withProfile = new HashMap<>(variables);
		withProfile.put("SPRING_PROFILES_ACTIVE", profile());
		ConfigurableEnvironment settings = ProfileSettings.of(withProfile);
		assertThat(settings.getActiveProfiles()).containsExactly(profile());
		return settings;
	}

	private static Map<String, String> database() {
		return Map.of("DATABASE_URL", "postgres://app:secret@db.internal/exemplar");
	}

}
