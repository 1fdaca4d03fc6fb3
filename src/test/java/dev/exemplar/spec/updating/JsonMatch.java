package dev.exemplar.spec.updating;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.UnaryOperator;

import tools.jackson.databind.JsonNode;

import dev.exemplar.spec.grammar.Placeholder;
import dev.exemplar.spec.grammar.Placeholder.Use;

/**
 * Whether one expected JSON value (placeholders included) matches the answer's, as the
 * comparison of the spec does: for the rewrite to know which values to keep and which to
 * replace.
 */
final class JsonMatch {

	private final UnaryOperator<String> captured;

	/**
	 * @param captured replaces each {@code ${name}} of a text by the value captured under
	 * that name
	 */
	JsonMatch(UnaryOperator<String> captured) {
		this.captured = captured;
	}

	/**
	 * Whether an expected value is a string using a captured value
	 * ({@code "/scores/${scoreId}"}).
	 */
	static boolean usesCapture(JsonNode expected) {
		return expected.isString() && placeholder(expected) == null && Placeholder.mayBeIn(expected.asString());
	}

	/** The placeholder an expected value is, or null. */
	static Use placeholder(JsonNode expected) {
		return expected.isString() ? Placeholder.whole(expected.asString()).orElse(null) : null;
	}

	boolean matches(JsonNode expected, JsonNode actual, boolean lenient) {
		Use placeholder = placeholder(expected);
		if (placeholder != null) {
			return placeholderMatches(placeholder, actual);
		}
		if (expected.isObject()) {
			return actual.isObject() && (lenient || expected.size() == actual.size())
					&& expected.properties()
						.stream()
						.allMatch(field -> actual.has(field.getKey())
								&& matches(field.getValue(), actual.get(field.getKey()), lenient));
		}
		if (expected.isArray()) {
			return actual.isArray() && expected.size() == actual.size()
					&& (lenient ? matchesInAnyOrder(expected, actual) : matchesInOrder(expected, actual));
		}
		if (expected.isNumber() && actual.isNumber()) {
			return expected.isIntegralNumber() == actual.isIntegralNumber()
					&& expected.decimalValue().compareTo(actual.decimalValue()) == 0;
		}
		if (usesCapture(expected)) {
			return actual.isString() && captured.apply(expected.asString()).equals(actual.asString());
		}
		return expected.equals(actual);
	}

	private static boolean placeholderMatches(Use placeholder, JsonNode actual) {
		return switch (placeholder.placeholder().json()) {
			case ANY -> true;
			case NUMBER -> actual.isNumber();
			case BOOLEAN -> actual.isBoolean();
			case STRING -> actual.isString() && placeholder.matches(actual.asString(), (name, value) -> {
			});
		};
	}

	private boolean matchesInOrder(JsonNode expected, JsonNode actual) {
		for (int i = 0; i < expected.size(); i++) {
			if (!matches(expected.get(i), actual.get(i), false)) {
				return false;
			}
		}
		return true;
	}

	private boolean matchesInAnyOrder(JsonNode expected, JsonNode actual) {
		List<JsonNode> left = new ArrayList<>();
		actual.forEach(left::add);
		for (JsonNode item : expected) {
			Iterator<JsonNode> candidates = left.iterator();
			boolean found = false;
			while (!found && candidates.hasNext()) {
				if (matches(item, candidates.next(), true)) {
					candidates.remove();
					found = true;
				}
			}
			if (!found) {
				return false;
			}
		}
		return true;
	}

}
