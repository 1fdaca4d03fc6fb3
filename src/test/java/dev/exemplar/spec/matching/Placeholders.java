package dev.exemplar.spec.matching;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import net.javacrumbs.jsonunit.core.Configuration;
import org.hamcrest.BaseMatcher;
import org.hamcrest.Description;
import tools.jackson.databind.json.JsonMapper;

import dev.exemplar.spec.reading.SourceLine;
import dev.exemplar.spec.reading.SpecError;

/**
 * The one family of placeholders a spec may write where the server makes the value:
 * {@code ${any-string}}, {@code ${any-number}}, {@code ${any-boolean}}, {@code ${uuid}},
 * {@code ${timestamp}}, {@code ${regex:…}}, {@code ${ignore}} and
 * {@code ${capture:name}}. In JSON they are translated to JsonUnit's own placeholders and
 * matchers; as a whole header or cell value they are matched here.
 */
public final class Placeholders {

	static final String FAMILY = "${any-string}, ${any-number}, ${any-boolean}, ${uuid}, ${timestamp}, ${regex:…}, ${ignore}, ${capture:name}";

	private static final Pattern IN_JSON = Pattern.compile(
			"\"\\$\\{(any-string|any-number|any-boolean|uuid|timestamp|ignore|capture:[A-Za-z][A-Za-z0-9_]*|regex:(?:[^\"\\\\]|\\\\.)*)}\"");

	private static final Pattern WITHIN_TEXT = Pattern.compile(
			"\\$\\{(any-string|any-number|any-boolean|uuid|timestamp|ignore|capture:[A-Za-z][A-Za-z0-9_]*|regex:[^}]*)}");

	private static final Pattern CAPTURE = Pattern.compile("\\$\\{capture:([A-Za-z][A-Za-z0-9_]*)}");

	private static final Pattern UNKNOWN = Pattern.compile("\\$\\{([^}\"]*)}?");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Pattern UUID = Pattern
		.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

	private Placeholders() {
	}

	/**
	 * Rewrites the spec's placeholders into JsonUnit's; refuses any other {@code ${…}}
	 * left in the text.
	 */
	static String toJsonUnit(String json, SourceLine where) {
		if (!json.contains("${")) {
			return json; // most bodies: nothing to rewrite, nothing to refuse
		}
		Matcher placeholder = IN_JSON.matcher(json);
		StringBuilder result = new StringBuilder();
		while (placeholder.find()) {
			String name = placeholder.group(1);
			String translated;
			if (name.startsWith("regex:")) {
				checkRegex(JSON.readValue("\"" + name.substring("regex:".length()) + "\"", String.class), where);
				translated = "${json-unit.regex}" + name.substring("regex:".length());
			}
			else if (name.startsWith("capture:")) {
				translated = "${json-unit.matches:capture-" + name.substring("capture:".length()) + "}";
			}
			else if (name.equals("uuid") || name.equals("timestamp")) {
				translated = "${json-unit.matches:" + name + "}";
			}
			else {
				translated = "${json-unit." + name + "}";
			}
			placeholder.appendReplacement(result, Matcher.quoteReplacement("\"" + translated + "\""));
		}
		String translated = placeholder.appendTail(result).toString();
		Matcher unknown = UNKNOWN.matcher(translated.replaceAll("\\$\\{json-unit\\.[^}]*}", ""));
		if (unknown.find()) {
			throw new SpecError(where, "unknown placeholder '" + unknown.group()
					+ "'; a placeholder stands as a whole JSON string and is one of " + FAMILY);
		}
		return translated;
	}

	/**
	 * Refuses a whole-value {@code ${regex:…}} (a header's, a cell's) whose pattern is
	 * not a regular expression.
	 */
	public static void check(String expected, SourceLine where) {
		if (expected.startsWith("${regex:") && expected.endsWith("}")) {
			checkRegex(expected.substring("${regex:".length(), expected.length() - 1), where);
		}
	}

	private static void checkRegex(String pattern, SourceLine where) {
		try {
			Pattern.compile(pattern);
		}
		catch (PatternSyntaxException e) {
			throw new SpecError(where, "the pattern of ${regex:" + pattern + "} is not a Java regular expression ("
					+ e.getDescription() + (e.getIndex() >= 0 ? " at character " + (e.getIndex() + 1) : "")
					+ "); a character that is meant literally, such as ( [ { . + * ?, takes a backslash before it (two in JSON)");
		}
	}

	/**
	 * Adds the matchers behind {@code ${uuid}}, {@code ${timestamp}} and each
	 * {@code ${capture:name}} of the text.
	 */
	static Configuration matchers(Configuration configuration, String json, Captures captures) {
		Configuration result = configuration
			.withMatcher("uuid",
					matching("a UUID", value -> value instanceof String text && UUID.matcher(text).matches()))
			.withMatcher("timestamp", matching("an ISO-8601 timestamp with an offset", Placeholders::isTimestamp));
		Matcher capture = CAPTURE.matcher(json);
		while (capture.find()) {
			String name = capture.group(1);
			result = result.withMatcher("capture-" + name, matching("any value, captured as " + name, value -> {
				captures.put(name, value);
				return true;
			}));
		}
		return result;
	}

	/** For a header value or a table cell: a whole-value placeholder, else equality. */
	public static boolean matchesValue(String expected, String actual, Captures captures) {
		if (expected.equals("${ignore}")) {
			return true;
		}
		if (actual == null) {
			return false;
		}
		if (expected.startsWith("${capture:") && expected.endsWith("}")) {
			captures.put(expected.substring("${capture:".length(), expected.length() - 1), actual);
			return true;
		}
		if (expected.startsWith("${regex:") && expected.endsWith("}")) {
			return actual.matches(expected.substring("${regex:".length(), expected.length() - 1));
		}
		return switch (expected) {
			case "${any-string}" -> true;
			case "${any-number}" -> actual.matches("-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?");
			case "${any-boolean}" -> actual.equals("true") || actual.equals("false");
			case "${uuid}" -> UUID.matcher(actual).matches();
			case "${timestamp}" -> isTimestamp(actual);
			default -> expected.equals(actual);
		};
	}

	/**
	 * For a text (a message) that may hold placeholders within it: each placeholder
	 * stands for what it matches as a whole value, the text around it for itself
	 * ({@code permission denied for database "${any-string}"}).
	 */
	public static boolean matchesText(String expected, String actual, Captures captures) {
		if (actual == null) {
			return false;
		}
		Matcher placeholder = WITHIN_TEXT.matcher(expected);
		StringBuilder regex = new StringBuilder();
		List<String> captured = new ArrayList<>();
		int end = 0;
		while (placeholder.find()) {
			regex.append(Pattern.quote(expected.substring(end, placeholder.start())));
			String name = placeholder.group(1);
			if (name.startsWith("capture:")) {
				captured.add(name.substring("capture:".length()));
			}
			regex.append(name.startsWith("regex:") ? "(?:" + name.substring("regex:".length()) + ")" : switch (name) {
				case "any-number" -> "-?\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?";
				case "any-boolean" -> "(?:true|false)";
				case "uuid" -> UUID.pattern();
				case "timestamp" -> "\\d{4}-\\d{2}-\\d{2}T\\S+";
				default -> name.startsWith("capture:") ? "(.*?)" : ".*?";
			});
			end = placeholder.end();
		}
		regex.append(Pattern.quote(expected.substring(end)));
		Matcher match = Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(actual);
		if (!match.matches()) {
			return false;
		}
		for (int i = 0; i < captured.size(); i++) {
			captures.put(captured.get(i), match.group(i + 1));
		}
		return true;
	}

	/**
	 * Refuses, within a text, a placeholder that is none of the family and a
	 * {@code ${regex:…}} that is not one.
	 */
	public static void checkText(String text, SourceLine where) {
		Matcher placeholder = WITHIN_TEXT.matcher(text);
		while (placeholder.find()) {
			if (placeholder.group(1).startsWith("regex:")) {
				checkRegex(placeholder.group(1).substring("regex:".length()), where);
			}
		}
		Matcher unknown = UNKNOWN.matcher(WITHIN_TEXT.matcher(text).replaceAll(""));
		if (unknown.find()) {
			throw new SpecError(where,
					"unknown placeholder '" + unknown.group() + "'; a placeholder is one of " + FAMILY);
		}
	}

	private static boolean isTimestamp(Object value) {
		if (!(value instanceof String text)) {
			return false;
		}
		try {
			OffsetDateTime.parse(text);
			return true;
		}
		catch (DateTimeParseException e) {
			return false;
		}
	}

	private static org.hamcrest.Matcher<Object> matching(String description, Predicate<Object> test) {
		return new BaseMatcher<>() {
			@Override
			public boolean matches(Object actual) {
				return test.test(actual);
			}

			@Override
			public void describeTo(Description text) {
				text.appendText(description);
			}
		};
	}

}
