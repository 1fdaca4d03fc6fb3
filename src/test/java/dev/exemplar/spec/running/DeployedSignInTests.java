package dev.exemplar.spec.running;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.exemplar.spec.reading.SpecExample;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which examples of a spec that states what the users service answers run against a
 * deployed service: those that send only stand-ins the run has real tokens for, and state
 * nothing of their own.
 */
class DeployedSignInTests {

	private static final String SPEC = """
			= Scores

			(the stubs of user-1-token and user-2-token)

			== User 1 writes
			[source,http]
			----
			PUT /scores/1
			Authorization: Bearer user-1-token
			----

			== User 2 writes
			[source,http]
			----
			PUT /scores/2
			Authorization: Bearer user-2-token
			----

			== Nobody signs in
			[source,http]
			----
			GET /scores
			----

			== The users service is away
			.Given the users service fails the connection
			[source,http]
			----
			GET /auth/status
			----
			""";

	private static final List<SpecExample> EXAMPLES = List.of(example("user-1", 5), example("user-2", 12),
			example("nobody", 19), example("away", 25));

	private static final List<String> STUBS = List.of("GET /auth/status\nAuthorization: Bearer user-1-token\n",
			"GET /auth/status\nAuthorization: Bearer user-2-token\n");

	@Test
	void anExampleRunsWhenEachStandInItSendsHasARealToken() {
		DeployedSignIn signIn = new DeployedSignIn(new ExampleText(SPEC, EXAMPLES), STUBS, Set.of("user-1-token"));

		assertThat(signIn.whyNotRun(EXAMPLES.get(0))).isEmpty();
		assertThat(signIn.whyNotRun(EXAMPLES.get(1)))
			.hasValueSatisfying(reason -> assertThat(reason).contains("sends 'Bearer user-2-token'", "SPECS_TOKENS"));
		assertThat(signIn.whyNotRun(EXAMPLES.get(2))).isEmpty();
		assertThat(signIn.whyNotRun(EXAMPLES.get(3)))
			.hasValueSatisfying(reason -> assertThat(reason).contains("states what an outside service answers"));
	}

	@Test
	void aStubWithoutHeadersMayBeLeanedOnUnseenSoNoExampleRuns() {
		DeployedSignIn signIn = new DeployedSignIn(new ExampleText(SPEC, EXAMPLES), List.of("GET /weather\n"),
				Set.of("user-1-token"));

		assertThat(signIn.whyNotRun(EXAMPLES.get(2)))
			.hasValueSatisfying(reason -> assertThat(reason).contains("states what an outside service answers"));
	}

	private static SpecExample example(String name, int line) {
		return new SpecExample(name, name, name, line, false, false, List.of());
	}

}
