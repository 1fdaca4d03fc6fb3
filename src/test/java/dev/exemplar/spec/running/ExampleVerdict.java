package dev.exemplar.spec.running;

import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.exemplar.spec.http.HttpExchange;
import dev.exemplar.spec.matching.Captures;
import dev.exemplar.spec.reading.SpecExample;
import dev.exemplar.spec.results.ExampleResult;
import dev.exemplar.spec.results.ExampleStatus;
import dev.exemplar.spec.results.Exchange;

/**
 * What one example did: its status, what went wrong (one problem each, file:line first),
 * why it did not run (or null), and the requests it sent.
 */
public record ExampleVerdict(SpecExample example, ExampleStatus status, List<String> problems, String skipReason,
		List<HttpExchange> exchanges) {

	private static final int ANSWER_LIMIT = 4000;

	/** The password in a URL's user part: {@code postgresql://user:password@host}. */
	private static final Pattern URL_PASSWORD = Pattern.compile("(://[^:/@\\s\"]+:)[^@\\s\"]+@");

	/** The words a JSON field's name holds when its value is a secret. */
	private static final List<String> SECRET_WORDS = List.of("password", "token", "secret");

	private static final Pattern SECRET_FIELD = Pattern.compile(
			"(\"[^\"]*(?:" + String.join("|", SECRET_WORDS) + ")[^\"]*\"\\s*:\\s*)\"(?:[^\"\\\\]|\\\\.)*\"",
			Pattern.CASE_INSENSITIVE);

	static ExampleStatus status(boolean failed, boolean pending, String skipReason) {
		if (skipReason != null && !failed) {
			return ExampleStatus.IGNORED;
		}
		if (pending) {
			// a pending example that passes is reported as a failure: its marker must
			// come off
			return failed ? ExampleStatus.PENDING : ExampleStatus.FAILED;
		}
		return failed ? ExampleStatus.FAILED : ExampleStatus.PASSED;
	}

	/**
	 * @param mask hides the secrets the spec captured in an answer
	 */
	ExampleResult result(UnaryOperator<String> mask) {
		return new ExampleResult(example.title(), example.anchor(), status,
				exchanges.stream()
					.map(exchange -> new Exchange(exchange.method(), exchange.target(), exchange.status(),
							mask.apply(answer(exchange))))
					.toList(),
				example.listings());
	}

	/**
	 * What came back, as a reader compares it with the expectation; a long body is cut,
	 * and what looks like a password or token is never shown.
	 */
	private static String answer(HttpExchange exchange) {
		StringBuilder text = new StringBuilder().append(exchange.status());
		for (String header : List.of("Content-Type", "Location")) {
			exchange.responseHeaders()
				.firstValue(header)
				.ifPresent(value -> text.append('\n').append(header).append(": ").append(value));
		}
		String body = exchange.responseBody() == null ? "" : exchange.responseBody();
		if (!body.isEmpty()) {
			body = masked(body);
			text.append("\n\n")
				.append(body.length() > ANSWER_LIMIT ? body.substring(0, ANSWER_LIMIT) + "\n… (cut)" : body);
		}
		return text.toString();
	}

	/**
	 * The body with URL passwords and secret fields masked; the patterns only run on a
	 * body that can hold one, as they cost a long answer more than the request did.
	 */
	private static String masked(String body) {
		String masked = body;
		if (body.contains("://")) {
			masked = URL_PASSWORD.matcher(masked).replaceAll("$1" + Matcher.quoteReplacement(Captures.MASK) + "@");
		}
		String lowerCase = body.toLowerCase(Locale.ROOT);
		if (SECRET_WORDS.stream().anyMatch(lowerCase::contains)) {
			masked = SECRET_FIELD.matcher(masked).replaceAll("$1\"" + Matcher.quoteReplacement(Captures.MASK) + "\"");
		}
		return masked;
	}

}
