package dev.exemplar.docsite;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CurlCommandsTests {

	@Test
	void aRequestOfAPathGoesToTheLocalService() {
		assertThat(CurlCommands.command("GET /latest?limit=2"))
			.hasValue("curl -X GET \"http://localhost:8080/latest?limit=2\"");
	}

	@Test
	void headersAndBodyAreSentAsWrittenTheSignInAsTheTokenVariable() {
		assertThat(CurlCommands.command("""
				PUT /users/7/exercises/1/score
				Authorization: Bearer user-7-token
				Content-Type: application/json

				{"correct": true, "note": "it's right"}
				""")).hasValue("""
				curl -X PUT "http://localhost:8080/users/7/exercises/1/score" \\
				  -H "Authorization: Bearer ${TOKEN:-demo-token}" \\
				  -H "Content-Type: application/json" \\
				  --data-raw '{"correct": true, "note": "it'\\''s right"}'""");
	}

	@Test
	void capturesAreShellVariablesOfTheSameName() {
		assertThat(CurlCommands.command("""
				POST /databases/${id}/password
				X-Note: "${label}"

				{"label": "${label}"}""")).hasValue("""
				curl -X POST "http://localhost:8080/databases/${id}/password" \\
				  -H "X-Note: \\"${label}\\"" \\
				  --data-raw '{"label": "'"${label}"'"}'""");
	}

	@Test
	void aCapturedLocationIsTheWholeUrl() {
		assertThat(CurlCommands.command("GET ${location}")).hasValue("curl -X GET \"${location}\"");
	}

	@Test
	void whatIsNoRequestMakesNoCommand() {
		assertThat(CurlCommands.command("not a request")).isEmpty();
	}

}
