package dev.exemplar.system;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.logging.LogLevel;
import org.springframework.core.env.ConfigurableEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/** application-dev.properties, read as a service on a developer's machine reads it. */
class DevProfileTests {

	@Test
	void usesTheLocalDevelopmentDatabaseUnlessTold() {
		ConfigurableEnvironment settings = ProfileSettings.of(Map.of("SPRING_PROFILES_ACTIVE", "dev"));

		assertThat(settings.getProperty("spring.datasource.url"))
			.isEqualTo("jdbc:postgresql://localhost:5432/exemplar_dev");
		assertThat(settings.getProperty("spring.datasource.username")).isEqualTo("exemplar");
		assertThat(settings.getProperty("spring.datasource.password")).isEqualTo("exemplar");
	}

	@Test
	void takesTheDatabaseFromTheEnvironmentWhenGiven() {
		ConfigurableEnvironment fromDatabaseUrl = ProfileSettings
			.of(Map.of("SPRING_PROFILES_ACTIVE", "dev", "DATABASE_URL", "postgresql://me:pw@localhost:5433/mine"));
		ConfigurableEnvironment fromSpringDatasource = ProfileSettings.of(Map.of("SPRING_PROFILES_ACTIVE", "dev",
				"SPRING_DATASOURCE_URL", "jdbc:postgresql://localhost:5434/other"));

		assertThat(fromDatabaseUrl.getProperty("spring.datasource.url"))
			.isEqualTo("jdbc:postgresql://localhost:5433/mine");
		assertThat(fromDatabaseUrl.getProperty("spring.datasource.username")).isEqualTo("me");
		assertThat(fromSpringDatasource.getProperty("spring.datasource.url"))
			.isEqualTo("jdbc:postgresql://localhost:5434/other");
		assertThat(fromSpringDatasource.getProperty("spring.datasource.username")).isEqualTo("exemplar");
	}

	@Test
	void letsPagesOfTheLocalFrontEndCallTheApiUnlessTold() {
		ConfigurableEnvironment unset = ProfileSettings.of(Map.of("SPRING_PROFILES_ACTIVE", "dev"));
		ConfigurableEnvironment set = ProfileSettings
			.of(Map.of("SPRING_PROFILES_ACTIVE", "dev", "CORS_ALLOWED_ORIGINS", "http://localhost:5173"));

		assertThat(ProfileSettings.allowedOrigins(unset)).containsExactly("http://localhost:3000");
		assertThat(ProfileSettings.allowedOrigins(set)).containsExactly("http://localhost:5173");
	}

	@Test
	void logsEverySqlStatement() {
		ConfigurableEnvironment settings = ProfileSettings.of(Map.of("SPRING_PROFILES_ACTIVE", "dev"));
		Map<String, LogLevel> levels = ProfileSettings.logLevels(settings);

		assertThat(levels).containsEntry("org.springframework.jdbc.core", LogLevel.DEBUG);
	}

}
