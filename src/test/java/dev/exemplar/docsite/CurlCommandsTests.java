package dev.exemplar.docsite;

import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
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
				# $TOKEN: your sign-in token; unset, the demo token ./mvnw spring-boot:test-run accepts
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

				{"label": "${label}"}""", Map.of("id", "\"id\" in the answer to POST /databases above"))).hasValue("""
				# $id: "id" in the answer to POST /databases above
				# $label: a value an earlier example keeps (set it first)
				curl -X POST "http://localhost:8080/databases/$id/password" \\
				  -H "X-Note: \\"$label\\"" \\
				  --data-raw '{"label": "'"$label"'"}'""");
	}

	@Test
	void aCapturedLocationIsTheWholeUrl() {
		assertThat(CurlCommands.command("GET ${location}")).hasValue("""
				# $location: a value an earlier example keeps (set it first)
				curl -X GET "$location\"""");
	}

	@Test
	void aCaptureSaysWhichAnswerAboveItComesFrom() {
		Element content = Jsoup.parseBodyFragment("""
				<div class="spec-request"><pre>POST /databases</pre></div>
				<div class="spec-expected-answer"><pre>201
				Location: ${capture:location}

				{"id": "${capture:id}"}</pre></div>
				<div class="spec-request"><pre>GET ${location}</pre></div>
				<div class="spec-request"><pre>DELETE /databases/${id}_x</pre></div>""").body();
		CurlCommands.add(content);
		assertThat(content.select(".as-curl code").stream().map(Element::wholeText).toList()).containsExactly(
				"curl -X POST \"http://localhost:8080/databases\"",
				"# $location: the Location header of the answer to POST /databases above\ncurl -X GET \"$location\"",
				"# $id: \"id\" in the answer to POST /databases above\ncurl -X DELETE \"http://localhost:8080/databases/${id}_x\"");
		assertThat(content.select(".as-curl button.copy-curl[type=button][aria-label]")).hasSize(3);
		assertThat(content.select(".as-curl .curl-base").eachText()).containsExactly("http://localhost:8080",
				"http://localhost:8080");
	}

	@Test
	void whatIsNoRequestMakesNoCommand() {
		assertThat(CurlCommands.command("not a request")).isEmpty();
	}

}
