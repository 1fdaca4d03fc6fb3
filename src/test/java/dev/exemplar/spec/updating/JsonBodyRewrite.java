package dev.exemplar.spec.updating;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import dev.exemplar.spec.grammar.Language;
import dev.exemplar.spec.grammar.Placeholder.Use;

/**
 * An expected JSON body rewritten with the answer's: each value that differs is replaced
 * where it stands, so that the rest of the text stays as written; a placeholder that
 * matched stays; an object or array whose shape changed is written anew, laid out as it
 * was. Lenient ({@code role=lenient}): only the fields the listing names are compared, so
 * only they are rewritten, and no field is added.
 */
final class JsonBodyRewrite {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JsonMatch match;

	private JsonBodyRewrite(JsonMatch match) {
		this.match = match;
	}

	static String rewrite(String body, String answer, boolean lenient, UnaryOperator<String> captured)
			throws UpdateRefused {
		return new JsonBodyRewrite(new JsonMatch(captured)).rewrite(body, answer, lenient);
	}

	private String rewrite(String body, String answer, boolean lenient) throws UpdateRefused {
		JsonNode actual = parse(answer);
		JsonSpan root;
		try {
			root = JsonSpan.of(body);
		}
		catch (JacksonException e) { // it was valid once its captured values were pasted
										// in
			throw new UpdateRefused(
					"it pastes a captured value outside a JSON string, so the update cannot read it as written;"
							+ " rewrite it by hand");
		}
		List<Replacement> replacements = new ArrayList<>();
		patch(body, root, actual, lenient, "$", replacements);
		StringBuilder result = new StringBuilder(body);
		replacements.sort(Comparator.comparingInt(Replacement::start).reversed());
		replacements.forEach(r -> result.replace(r.start(), r.end(), r.text()));
		return result.toString();
	}

	/** The answer's body, for a listing that has none yet. */
	static String fresh(String answer) throws UpdateRefused {
		return JsonLayout.fresh(parse(answer));
	}

	private static JsonNode parse(String answer) throws UpdateRefused {
		try {
			return JSON.readTree(answer == null || answer.isBlank() ? "null" : answer);
		}
		catch (JacksonException e) {
			throw new UpdateRefused(
					"the answer is not JSON; write its body in a " + Language.TEXT.marked() + " listing");
		}
	}

	private void patch(String text, JsonSpan span, JsonNode actual, boolean lenient, String path, List<Replacement> out)
			throws UpdateRefused {
		JsonNode expected = span.node(text);
		if (match.matches(expected, actual, lenient)) {
			return;
		}
		refuseUnmatchedPlaceholder(expected, actual, path);
		if (span.isObject() && actual.isObject() && actual.propertyNames().containsAll(span.fields().keySet())
				&& (lenient || actual.size() == span.fields().size())) {
			for (Map.Entry<String, JsonSpan> field : span.fields().entrySet()) {
				patch(text, field.getValue(), actual.get(field.getKey()), lenient, path + "." + field.getKey(), out);
			}
			return;
		}
		if (span.isArray() && actual.isArray() && actual.size() == span.items().size()) {
			for (int i = 0; i < actual.size(); i++) {
				patch(text, span.items().get(i), actual.get(i), lenient, path + "[" + i + "]", out);
			}
			return;
		}
		out.add(new Replacement(span.start(), span.end(),
				JsonLayout.like(merged(expected, actual, lenient, path), text, span)));
	}

	/**
	 * The answer's value, keeping what the listing wrote where it still matches (its
	 * placeholders, say).
	 */
	private JsonNode merged(JsonNode expected, JsonNode actual, boolean lenient, String path) throws UpdateRefused {
		if (match.matches(expected, actual, lenient)) {
			return expected;
		}
		refuseUnmatchedPlaceholder(expected, actual, path);
		if (expected.isObject() && actual.isObject()) {
			ObjectNode result = JSON.createObjectNode();
			for (Map.Entry<String, JsonNode> field : expected.properties()) {
				if (actual.has(field.getKey())) {
					result.set(field.getKey(),
							merged(field.getValue(), actual.get(field.getKey()), lenient, path + "." + field.getKey()));
				}
			}
			if (!lenient) {
				actual.properties().forEach(field -> result.putIfAbsent(field.getKey(), field.getValue()));
			}
			return result;
		}
		if (expected.isArray() && actual.isArray()) {
			ArrayNode result = JSON.createArrayNode();
			for (int i = 0; i < actual.size(); i++) {
				result.add(i < expected.size() ? merged(expected.get(i), actual.get(i), lenient, path + "[" + i + "]")
						: actual.get(i));
			}
			return result;
		}
		return actual;
	}

	private static void refuseUnmatchedPlaceholder(JsonNode expected, JsonNode actual, String path)
			throws UpdateRefused {
		if (JsonMatch.usesCapture(expected)) {
			throw new UpdateRefused("the value at " + path + " uses a captured value (" + expected
					+ ") and differs: the update" + " would freeze today's value into it; rewrite it by hand");
		}
		Use placeholder = JsonMatch.placeholder(expected);
		if (placeholder != null) {
			throw new UpdateRefused("the placeholder \"" + placeholder.written() + "\" at " + path + " did not match "
					+ actual
					+ ": the value is the service's to choose, so the update leaves it to you (change the placeholder, or write the value)");
		}
	}

	private record Replacement(int start, int end, String text) {
	}

}
