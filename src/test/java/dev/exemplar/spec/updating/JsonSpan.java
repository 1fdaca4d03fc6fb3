package dev.exemplar.spec.updating;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where each value of a JSON text is, as character offsets [start, end) in that text:
 * what lets a rewrite replace one value and leave the rest of the text, its line breaks
 * and spacing, as the author wrote it.
 */
record JsonSpan(int start, int end, Map<String, JsonSpan> fields, List<JsonSpan> items) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	static JsonSpan of(String json) {
		try (JsonParser parser = JSON.createParser(json)) {
			parser.nextToken();
			return read(parser);
		}
	}

	/** The value's own text parsed: for matching and rendering. */
	JsonNode node(String json) {
		return JSON.readTree(json.substring(start, end));
	}

	boolean isObject() {
		return fields != null;
	}

	boolean isArray() {
		return items != null;
	}

	private static JsonSpan read(JsonParser parser) {
		int start = (int) parser.currentTokenLocation().getCharOffset();
		JsonToken token = parser.currentToken();
		if (token == JsonToken.START_OBJECT) {
			Map<String, JsonSpan> fields = new LinkedHashMap<>();
			while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
				String name = parser.currentName();
				parser.nextToken();
				fields.put(name, read(parser));
			}
			return new JsonSpan(start, end(parser), fields, null);
		}
		if (token == JsonToken.START_ARRAY) {
			List<JsonSpan> items = new ArrayList<>();
			while (parser.nextToken() != JsonToken.END_ARRAY) {
				items.add(read(parser));
			}
			return new JsonSpan(start, end(parser), null, items);
		}
		parser.getString(); // a string is read lazily: only then is the parser past its
							// closing quote
		return new JsonSpan(start, end(parser), null, null);
	}

	private static int end(JsonParser parser) {
		return (int) parser.currentLocation().getCharOffset();
	}
}
