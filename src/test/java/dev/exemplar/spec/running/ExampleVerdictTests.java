package dev.exemplar.spec.running;

import java.net.http.HttpHeaders;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

import dev.exemplar.spec.http.HttpExchange;
import dev.exemplar.spec.matching.Captures;
import dev.exemplar.spec.reading.SpecExample;
import dev.exemplar.spec.results.ExampleStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "What came back": the answer an example's result keeps for the site, its secrets masked
 * before anything is cut.
 */
class ExampleVerdictTests {

	@Test
	void keepsStatusHeadersAndBody() {
		assertThat(answer("{\"text\":\"hello\"}")).isEqualTo("""
				200
				Content-Type: application/json
				Location: /tweets/1

				{"text":"hello"}""");
	}

	@Test
	void masksThePasswordOfAUrl() {
		assertThat(answer("{\"url\":\"postgresql://owner_1:s3cr3t@db.example:5432/app\"}"))
			.endsWith("{\"url\":\"postgresql://owner_1:" + Captures.MASK + "@db.example:5432/app\"}")
			.doesNotContain("s3cr3t");
	}

	@Test
	void masksFieldsNamedAfterASecretWhateverTheirCase() {
		String answer = answer(
				"{\"Password\":\"p\\\"w\",\"accessToken\":\"t0k\",\"clientSecret\":\"s\",\"name\":\"pat\"}");

		assertThat(answer).endsWith("{\"Password\":\"" + Captures.MASK + "\",\"accessToken\":\"" + Captures.MASK
				+ "\",\"clientSecret\":\"" + Captures.MASK + "\",\"name\":\"pat\"}");
	}

	@Test
	void leavesAnAnswerWithoutSecretsAsItCame() {
		String body = "{\"about\":\"tokens of esteem\",\"link\":\"https://example.com/a:b\"}";

		assertThat(answer(body)).endsWith(body);
	}

	@Test
	void masksASecretBeyondTheCutBeforeCutting() {
		String body = "{\"filler\":\"" + "x".repeat(3990) + "\",\"token\":\"abcdefghijklmnop\"}";

		assertThat(answer(body)).doesNotContain("abcdefgh").endsWith("\n… (cut)");
	}

	@Test
	void appliesTheSpecsOwnMask() {
		UnaryOperator<String> captured = text -> text.replace("owner_1", Captures.MASK);

		assertThat(verdict("{\"owner\":\"owner_1\"}").result(captured).exchanges().get(0).answer())
			.endsWith("{\"owner\":\"" + Captures.MASK + "\"}");
	}

	private static String answer(String body) {
		return verdict(body).result(UnaryOperator.identity()).exchanges().get(0).answer();
	}

	private static ExampleVerdict verdict(String body) {
		HttpHeaders headers = HttpHeaders.of(
				Map.of("Content-Type", List.of("application/json"), "Location", List.of("/tweets/1")),
				(name, value) -> true);
		HttpExchange exchange = new HttpExchange("1", "POST", "/tweets", headers, "{}", 200, headers, body);
		SpecExample example = new SpecExample("one", "One", "one", 3, false, false, List.of());
		return new ExampleVerdict(example, ExampleStatus.PASSED, List.of(), null, List.of(exchange));
	}

}
