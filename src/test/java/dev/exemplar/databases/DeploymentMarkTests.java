package dev.exemplar.databases;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The comment the sweep's proof rests on: read back as written, and nothing else read as
 * a mark.
 */
class DeploymentMarkTests {

	private static final Instant MADE = Instant.parse("2026-12-05T23:50:00.123Z");

	@Test
	void aMarkReadsBackAsWrittenBeforeAndAfterTheCreationFinished() {
		DeploymentMark mark = new DeploymentMark("prod-1");

		assertThat(DeploymentMark.read(mark.comment(MADE))).contains(new DeploymentMark.Made("prod-1", MADE, false));
		assertThat(DeploymentMark.read(mark.finished(MADE))).contains(new DeploymentMark.Made("prod-1", MADE, true));
	}

	@Test
	void anythingElseIsNoMark() {
		for (String other : new String[] { null, "", "my notes", "exemplar deployment prod-1, made yesterday",
				"exemplar deployment prod 1, made 2026-12-05T23:50:00Z",
				"exemplar deployment prod-1, made 2026-12-05T23:50:00Z, done" }) {
			assertThat(DeploymentMark.read(other)).as(other).isEmpty();
		}
	}

	@Test
	void aDeploymentIdIsPlainText() {
		assertThatIllegalStateException().isThrownBy(() -> new DeploymentMark("prod, made 2020-01-01T00:00:00Z"))
			.withMessageStartingWith("DATABASES_DEPLOYMENT_ID must be 1 to 63 letters, digits and . _ -");
	}

}
