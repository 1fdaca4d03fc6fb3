package dev.exemplar.system;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.logging.LogLevel;
import org.springframework.core.env.ConfigurableEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * application-test.properties: the tests' own settings; their database is the tests'
 * choice, never the file's.
 */
class TestProfileTests {

	private final ConfigurableEnvironment settings = ProfileSettings.of(Map.of("SPRING_PROFILES_ACTIVE", "test"));

	@Test
	void namesNoDatabaseAndRequiresNone() {
		assertThat(settings.getProperty("spring.datasource.url")).isNull();
		assertThat(settings.getProperty("exemplar.database.required", Boolean.class, false)).isFalse();
	}

	@Test
	void logsNoSqlStatementsAndStopsAtOnce() {
		assertThat(ProfileSettings.logLevels(settings)).doesNotContainValue(LogLevel.DEBUG)
			.doesNotContainValue(LogLevel.TRACE);
		assertThat(settings.getProperty("server.shutdown")).isEqualTo("immediate");
	}

}
