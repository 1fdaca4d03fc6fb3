package dev.exemplar.spec.running;

import java.net.http.HttpHeaders;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.exemplar.spec.http.HttpExchange;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which answers created what the engine removes: a 201 whose Location's path a glob
 * matches.
 */
class CleanUpRuleTests {

	private final CleanUpRule rule = CleanUpRule.of(List.of("/databases/*", "/files/**", " "));

	@Test
	void aCreatedAnswerWhoseLocationMatchesIsRemembered() {
		assertThat(rule.created(answer(201, "/databases/7f3a"))).contains("/databases/7f3a");
		assertThat(rule.created(answer(201, "http://127.0.0.1:8080/databases/7f3a ")))
			.contains("http://127.0.0.1:8080/databases/7f3a");
		assertThat(rule.created(answer(201, "/files/a/b/c"))).contains("/files/a/b/c");
	}

	@Test
	void otherAnswersAndOtherLocationsAreNot() {
		assertThat(rule.created(answer(200, "/databases/7f3a"))).isEmpty();
		assertThat(rule.created(answer(201, "/databases/7f3a/password"))).isEmpty();
		assertThat(rule.created(answer(201, "/tweets/1"))).isEmpty();
		assertThat(rule.created(answer(201, "not a URI at all"))).isEmpty();
		assertThat(rule.created(answer(201, null))).isEmpty();
		assertThat(CleanUpRule.of(List.of()).created(answer(201, "/databases/1"))).isEmpty();
	}

	private static HttpExchange answer(int status, String location) {
		HttpHeaders headers = HttpHeaders.of(location == null ? Map.of() : Map.of("Location", List.of(location)),
				(a, b) -> true);
		return new HttpExchange("1", "POST", "/databases", HttpHeaders.of(Map.of(), (a, b) -> true), null, status,
				headers, "");
	}

}
