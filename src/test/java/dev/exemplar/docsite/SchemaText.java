package dev.exemplar.docsite;

import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.models.media.Schema;
import org.jsoup.nodes.Element;

/**
 * How a schema reads in a table cell: its type (a link for a named schema) and its
 * constraints.
 */
final class SchemaText {

	private SchemaText() {
	}

	static Element type(Schema<?> schema, String toRoot) {
		Element code = new Element("code").addClass("schema-type");
		if (schema == null) {
			return code.text("any");
		}
		if (schema.get$ref() != null) {
			String name = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
			code.appendElement("a").attr("href", toRoot + ApiReferencePage.PATH + "#schema-" + name).text(name);
			return code;
		}
		if ("array".equals(schema.getType()) && schema.getItems() != null) {
			code.appendText("array of ");
			code.appendChild(type(schema.getItems(), toRoot));
			return code;
		}
		String type = schema.getType() == null ? "object" : schema.getType();
		code.appendText(schema.getFormat() == null ? type : type + " (" + schema.getFormat() + ")");
		if (Boolean.TRUE.equals(schema.getNullable())) {
			code.appendText(" or null");
		}
		return code;
	}

	static String constraints(Schema<?> schema) {
		if (schema == null) {
			return "";
		}
		List<String> parts = new ArrayList<>();
		add(parts, "min length ", schema.getMinLength());
		add(parts, "max length ", schema.getMaxLength());
		add(parts, "minimum ", schema.getMinimum());
		add(parts, "maximum ", schema.getMaximum());
		add(parts, "pattern ", schema.getPattern());
		if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
			parts.add("one of " + schema.getEnum());
		}
		add(parts, "default ", schema.getDefault());
		if (Boolean.FALSE.equals(schema.getAdditionalProperties())) {
			parts.add("no other properties");
		}
		return String.join("; ", parts);
	}

	private static void add(List<String> parts, String label, Object value) {
		if (value != null) {
			parts.add(label + value);
		}
	}

}
