package dev.exemplar.spec.updating;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a JSON value as the listing laid out the value it replaces: on one line
 * ({@code {"a": 1, "b": [2, 3]}}) where that value was on one line or wrapped by hand,
 * else one field a line with the listing's indentation.
 */
final class JsonLayout {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private JsonLayout() {
	}

	/**
	 * @param text the listing's body; {@code span} the value being replaced in it
	 */
	static String like(JsonNode value, String text, JsonSpan span) {
		String replaced = text.substring(span.start(), span.end());
		int firstBreak = replaced.indexOf('\n');
		if (firstBreak < 0) {
			return compact(value);
		}
		int base = indentation(text, text.lastIndexOf('\n', span.start()) + 1);
		int unit = indentation(replaced, firstBreak + 1) - base;
		return unit >= 2 ? pretty(value, base, unit, 0) : compact(value);
	}

	/** A body the listing did not have yet: two spaces a level. */
	static String fresh(JsonNode value) {
		return pretty(value, 0, 2, 0);
	}

	static String compact(JsonNode value) {
		if (value.isObject() && !value.isEmpty()) {
			List<String> fields = new ArrayList<>();
			for (Map.Entry<String, JsonNode> field : value.properties()) {
				fields.add(scalar(JSON.getNodeFactory().stringNode(field.getKey())) + ": " + compact(field.getValue()));
			}
			return "{" + String.join(", ", fields) + "}";
		}
		if (value.isArray() && !value.isEmpty()) {
			List<String> items = new ArrayList<>();
			value.forEach(item -> items.add(compact(item)));
			return "[" + String.join(", ", items) + "]";
		}
		return scalar(value);
	}

	private static String pretty(JsonNode value, int base, int unit, int level) {
		String inner = " ".repeat(base + (level + 1) * unit);
		String outer = " ".repeat(base + level * unit);
		List<String> lines = new ArrayList<>();
		if (value.isObject() && !value.isEmpty()) {
			for (Map.Entry<String, JsonNode> field : value.properties()) {
				lines.add(inner + scalar(JSON.getNodeFactory().stringNode(field.getKey())) + ": "
						+ pretty(field.getValue(), base, unit, level + 1));
			}
			return "{\n" + String.join(",\n", lines) + "\n" + outer + "}";
		}
		if (value.isArray() && !value.isEmpty()) {
			value.forEach(item -> lines.add(inner + pretty(item, base, unit, level + 1)));
			return "[\n" + String.join(",\n", lines) + "\n" + outer + "]";
		}
		return scalar(value);
	}

	private static String scalar(JsonNode value) {
		return JSON.writeValueAsString(value);
	}

	private static int indentation(String text, int lineStart) {
		int i = lineStart;
		while (i < text.length() && text.charAt(i) == ' ') {
			i++;
		}
		return i - lineStart;
	}

}
