package dev.exemplar.spec.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import net.javacrumbs.jsonunit.core.Configuration;
import net.javacrumbs.jsonunit.core.Option;
import net.javacrumbs.jsonunit.core.internal.Diff;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import dev.exemplar.spec.http.HttpExchange;
import dev.exemplar.spec.reading.SourceLine;
import dev.exemplar.spec.reading.SpecError;

import static net.javacrumbs.jsonunit.assertj.JsonAssertions.assertThatJson;

/**
 * How an answer differs from its expectation: the status, the headers the expectation
 * names, and the body — JSON as structure, through JsonUnit, with the spec's placeholders
 * and captures.
 */
public final class AnswerDifferences {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private AnswerDifferences() {
	}

	/**
	 * @param json whether the body is JSON (else text)
	 * @param lenient whether extra fields and any array order are allowed
	 * @return one line per difference; empty when the answer is as expected
	 * @throws SpecError when the expectation itself cannot be read
	 */
	public static List<String> of(ExpectationText expected, HttpExchange exchange, boolean json, boolean lenient,
			Captures captures, SourceLine where) {
		List<String> differences = new ArrayList<>();
		if (expected.status() == null ? exchange.status() / 100 != 2 : expected.status() != exchange.status()) {
			differences.add("status: expected " + (expected.status() == null ? "2xx" : expected.status()) + " but was "
					+ exchange.status());
		}
		for (Map.Entry<String, String> header : expected.headers()) {
			Placeholders.check(header.getValue(), where);
			String actual = exchange.responseHeaders().firstValue(header.getKey()).orElse(null);
			if (actual != null && header.getKey().equalsIgnoreCase("Content-Type")
					&& !header.getValue().contains(";")) {
				actual = actual.replaceAll(";.*", "").strip();
			}
			if (!Placeholders.matchesValue(header.getValue(), actual, captures)) {
				differences.add("header " + header.getKey() + ": expected '" + header.getValue() + "' but was "
						+ (actual == null ? "absent" : "'" + actual + "'"));
			}
		}
		if (expected.body() != null) {
			String body = json ? jsonDifferences(expected.body(), exchange.responseBody(), lenient, captures, where)
					: textDifferences(expected.body(), exchange.responseBody());
			if (body != null) {
				differences.add(body);
			}
		}
		return differences;
	}

	private static String jsonDifferences(String expectedBody, String actualBody, boolean lenient, Captures captures,
			SourceLine where) {
		String expected = Placeholders.toJsonUnit(expectedBody, where);
		try {
			JSON.readTree(expected);
		}
		catch (JacksonException e) {
			throw new SpecError(where, "the expected body is not valid JSON: " + e.getOriginalMessage()
					+ (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + " of the body)"));
		}
		Configuration matchers = Placeholders.matchers(Configuration.empty(), expectedBody, captures);
		Configuration configuration = lenient
				? matchers.withOptions(Option.IGNORING_EXTRA_FIELDS, Option.IGNORING_ARRAY_ORDER) : matchers;
		String actual = actualBody == null || actualBody.isEmpty() ? "null" : actualBody;
		if (similar(expected, actual, configuration)) {
			return null;
		}
		try {
			assertThatJson(actual).withConfiguration(ignored -> configuration).isEqualTo(expected);
			return null;
		}
		catch (AssertionError e) {
			return e.getMessage().strip();
		}
		catch (RuntimeException e) {
			return "the answer is not JSON: " + e.getMessage();
		}
	}

	/**
	 * The usual case, answered without building an assertion; a difference is described
	 * by the assertion above.
	 */
	private static boolean similar(String expected, String actual, Configuration configuration) {
		try {
			return Diff.create(expected, actual, "", "", configuration).similar();
		}
		catch (RuntimeException e) {
			return false;
		}
	}

	private static String textDifferences(String expected, String actual) {
		String answer = actual == null ? "" : actual.strip();
		return expected.strip().equals(answer) ? null
				: "body: expected '" + expected.strip() + "' but was '" + answer + "'";
	}

}
