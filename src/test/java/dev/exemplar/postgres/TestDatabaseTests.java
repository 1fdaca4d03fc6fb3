package dev.exemplar.postgres;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class TestDatabaseTests {

	@Test
	void aForcedChoiceWinsOverEverythingElse() {
		Map<String, String> settings = Map.of("TEST_DB", "Embedded", "DB_URL", "jdbc:postgresql://db/app");
		assertThat(TestDatabase.choose(settings::get, () -> true)).isEqualTo(TestDatabase.EMBEDDED);
	}

	@Test
	void aDatabaseUrlComesBeforeDocker() {
		Map<String, String> settings = Map.of("DB_URL", "jdbc:postgresql://db/app");
		assertThat(TestDatabase.choose(settings::get, () -> true)).isEqualTo(TestDatabase.EXTERNAL);
	}

	@Test
	void dockerIsUsedWhenItAnswersAndTheEmbeddedServerOtherwise() {
		assertThat(TestDatabase.choose(name -> null, () -> true)).isEqualTo(TestDatabase.TESTCONTAINERS);
		assertThat(TestDatabase.choose(name -> null, () -> false)).isEqualTo(TestDatabase.EMBEDDED);
	}

	@Test
	void anUnknownChoiceIsRefusedWithTheAcceptedOnes() {
		assertThatIllegalStateException()
			.isThrownBy(() -> TestDatabase.choose(Map.of("TEST_DB", "h2")::get, () -> false))
			.withMessageContaining("external, testcontainers, embedded");
	}

}
