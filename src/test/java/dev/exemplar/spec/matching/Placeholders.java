package dev.exemplar.spec.matching;

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

import dev.exemplar.spec.grammar.Placeholder;
import dev.exemplar.spec.grammar.Placeholder.Use;
import dev.exemplar.spec.reading.SourceLine;
import dev.exemplar.spec.reading.SpecError;

/**
 * Placeholders at work, as the grammar declares them ({@link Placeholder}): in JSON they
 * are translated to JsonUnit's own placeholders and matchers; as a whole header or cell
 * value, or within a text, they are matched here.
 */
public final class Placeholders {

	static final String FAMILY = Placeholder.family();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private Placeholders() {
	}

	/**
	 * Rewrites the spec's placeholders into JsonUnit's; refuses any other {@code ${…}}
	 * left in the text.
	 */
	static String toJsonUnit(String json, SourceLine where) {
		if (!Placeholder.mayBeIn(json)) {
			return json; // most bodies: nothing to rewrite, nothing to refuse
		}
		Matcher placeholder = Placeholder.inJson(json);
		StringBuilder result = new StringBuilder();
		while (placeholder.find()) {
			Use use = Placeholder.use(placeholder);
			use.pattern().ifPresent(pattern -> checkRegex(JSON.readValue("\"" + pattern + "\"", String.class), where));
			placeholder.appendReplacement(result, Matcher.quoteReplacement("\"" + use.jsonUnit() + "\""));
		}
		String translated = placeholder.appendTail(result).toString();
		Placeholder.anyIn(Placeholder.withoutJsonUnit(translated)).ifPresent(unknown -> {
			throw new SpecError(where, "unknown placeholder '" + unknown
					+ "'; a placeholder stands as a whole JSON string and is one of " + FAMILY);
		});
		return translated;
	}

	/**
	 * Refuses a whole-value {@code ${regex:…}} (a header's, a cell's) whose pattern is
	 * not a regular expression.
	 */
	public static void check(String expected, SourceLine where) {
		Placeholder.whole(expected).flatMap(Use::pattern).ifPresent(pattern -> checkRegex(pattern, where));
	}

	private static void checkRegex(String pattern, SourceLine where) {
		try {
			Pattern.compile(pattern);
		}
		catch (PatternSyntaxException e) {
			throw new SpecError(where, "the pattern of " + Placeholder.REGEX.written(pattern)
					+ " is not a Java regular expression (" + e.getDescription()
					+ (e.getIndex() >= 0 ? " at character " + (e.getIndex() + 1) : "")
					+ "); a character that is meant literally, such as ( [ { . + * ?, takes a backslash before it (two in JSON)");
		}
	}

	/**
	 * Adds the matchers JsonUnit needs for the placeholders of the text (a
	 * {@code ${uuid}}'s, each capture's).
	 */
	static Configuration matchers(Configuration configuration, String json, Captures captures) {
		Configuration result = configuration;
		Matcher placeholder = Placeholder.inJson(json);
		while (placeholder.find()) {
			Use use = Placeholder.use(placeholder);
			if (use.jsonUnitMatcher().isPresent()) {
				result = result.withMatcher(use.jsonUnitMatcher().get(),
						matching(use.meaning(),
								value -> use.capture().isPresent() ? keep(captures, use.capture().get(), value)
										: value instanceof String text && use.matches(text, captures::put)));
			}
		}
		return result;
	}

	private static boolean keep(Captures captures, String name, Object value) {
		captures.put(name, value);
		return true;
	}

	/** For a header value or a table cell: a whole-value placeholder, else equality. */
	public static boolean matchesValue(String expected, String actual, Captures captures) {
		return Placeholder.whole(expected)
			.map(use -> use.matches(actual, captures::put))
			.orElseGet(() -> expected.equals(actual));
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
		Matcher placeholder = Placeholder.withinText(expected);
		StringBuilder regex = new StringBuilder();
		List<String> captured = new ArrayList<>();
		int end = 0;
		while (placeholder.find()) {
			regex.append(Pattern.quote(expected.substring(end, placeholder.start())));
			Use use = Placeholder.use(placeholder);
			use.capture().ifPresent(captured::add);
			regex.append(use.regex());
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
		Matcher placeholder = Placeholder.withinText(text);
		while (placeholder.find()) {
			Placeholder.use(placeholder).pattern().ifPresent(pattern -> checkRegex(pattern, where));
		}
		Placeholder.anyIn(Placeholder.withinText(text).replaceAll("")).ifPresent(unknown -> {
			throw new SpecError(where, "unknown placeholder '" + unknown + "'; a placeholder is one of " + FAMILY);
		});
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
