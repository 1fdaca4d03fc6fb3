package dev.exemplar.docsite;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import org.jsoup.nodes.Element;

/**
 * The API reference: every operation of the contract, its parameters, bodies and
 * responses, and the schemas.
 */
final class ApiReferencePage {

	static final String PATH = "api.html";

	private ApiReferencePage() {
	}

	static Page build(ApiContract contract, Coverage coverage, Element intro, String sourcePath) {
		OpenAPI api = contract.openApi();
		Element content = new Element("div").addClass("api-reference");
		if (intro != null) {
			content.appendChild(intro);
		}
		Element about = section(content, "sect1", "h2", "about-the-api", "About the API");
		about.appendElement("p")
			.addClass("api-version")
			.text(api.getInfo().getTitle() + ", version " + api.getInfo().getVersion());
		about.appendChild(Markdown.render(api.getInfo().getDescription()));

		Element overview = section(content, "sect1", "h2", "operations", "Operations");
		HtmlTable table = new HtmlTable("Operation", "Summary", "Examples");
		for (ApiContract.ApiOperation operation : contract.operations()) {
			int examples = coverage.rowsOf(operation).stream().mapToInt(row -> row.examples().size()).sum();
			table.row(operationLink(operation, ""), operation.operation().getSummary(), String.valueOf(examples));
		}
		overview.appendChild(table.element());

		for (ApiContract.ApiOperation operation : contract.operations()) {
			content.appendChild(operationSection(operation, coverage));
		}
		content.appendChild(schemas(api));
		return new Page(PATH, "API reference", content, sourcePath, "api-page");
	}

	static Element operationLink(ApiContract.ApiOperation operation, String toRoot) {
		Element a = new Element("a").addClass("operation-link").attr("href", toRoot + PATH + "#" + operation.anchor());
		a.appendElement("span")
			.addClass("http-method")
			.addClass("method-" + operation.method().toLowerCase(Locale.ROOT))
			.text(operation.method());
		a.appendText(" ");
		a.appendElement("code").text(operation.pathTemplate());
		return a;
	}

	private static Element operationSection(ApiContract.ApiOperation operation, Coverage coverage) {
		Element section = new Element("div").addClass("sect1 api-operation");
		Element heading = section.appendElement("h2").id(operation.anchor());
		heading.appendElement("span")
			.addClass("http-method")
			.addClass("method-" + operation.method().toLowerCase(Locale.ROOT))
			.text(operation.method());
		heading.appendText(" ");
		heading.appendElement("code").text(operation.pathTemplate());
		Element body = section.appendElement("div").addClass("sectionbody");
		if (operation.operation().getSummary() != null) {
			body.appendElement("p").addClass("operation-summary").text(operation.operation().getSummary());
		}
		body.appendChild(Markdown.render(operation.operation().getDescription()));

		List<Parameter> parameters = operation.operation().getParameters();
		if (parameters != null && !parameters.isEmpty()) {
			body.appendElement("div").addClass("api-subtitle").text("Parameters");
			HtmlTable table = new HtmlTable("Name", "In", "Required", "Type", "Constraints", "Description");
			for (Parameter parameter : parameters) {
				table.row(new Element("code").text(parameter.getName()), parameter.getIn(),
						Boolean.TRUE.equals(parameter.getRequired()) ? "yes" : "no",
						SchemaText.type(parameter.getSchema(), ""), SchemaText.constraints(parameter.getSchema()),
						Markdown.render(parameter.getDescription()));
			}
			body.appendChild(table.element());
		}
		if (operation.operation().getRequestBody() != null) {
			body.appendElement("div")
				.addClass("api-subtitle")
				.text("Request body" + (Boolean.TRUE.equals(operation.operation().getRequestBody().getRequired())
						? " (required)" : ""));
			HtmlTable table = new HtmlTable("Media type", "Schema");
			mediaTypes(operation.operation().getRequestBody().getContent()).forEach(table::row);
			body.appendChild(table.element());
		}

		body.appendElement("div").addClass("api-subtitle").text("Responses");
		HtmlTable responses = new HtmlTable("Code", "Description", "Body", "Examples");
		for (Coverage.Row row : coverage.rowsOf(operation)) {
			var response = operation.responses().get(row.code());
			Element bodies = new Element("div");
			if (response != null) {
				mediaTypes(response.getContent()).forEach(cells -> {
					Element line = bodies.appendElement("p").addClass("tableblock");
					line.appendChild((Element) cells[0]).appendText(" ").appendChild((Element) cells[1]);
				});
			}
			responses
				.row(new Element("code").addClass("status-code").text(row.code()),
						response != null ? Markdown.render(response.getDescription())
								: new Element("p").addClass("not-in-contract")
									.text("Not in the contract: only seen in examples."),
						bodies, CoveragePage.examplesCell(row, ""))
				.addClass(CoveragePage.rowClass(row));
		}
		body.appendChild(responses.element());
		return section;
	}

	private static List<Object[]> mediaTypes(Content content) {
		if (content == null) {
			return List.of();
		}
		return content.entrySet()
			.stream()
			.map(entry -> new Object[] { new Element("code").text(entry.getKey()),
					SchemaText.type(entry.getValue().getSchema(), "") })
			.toList();
	}

	@SuppressWarnings("rawtypes")
	private static Element schemas(OpenAPI api) {
		Element section = new Element("div").addClass("sect1");
		section.appendElement("h2").id("schemas").text("Schemas");
		Element body = section.appendElement("div").addClass("sectionbody");
		if (api.getComponents() == null || api.getComponents().getSchemas() == null) {
			return section;
		}
		for (Map.Entry<String, Schema> entry : api.getComponents().getSchemas().entrySet()) {
			Schema<?> schema = entry.getValue();
			Element sect = body.appendElement("div").addClass("sect2");
			sect.appendElement("h3").id("schema-" + entry.getKey()).text(entry.getKey());
			sect.appendChild(Markdown.render(schema.getDescription()));
			String constraints = SchemaText.constraints(schema);
			if (!constraints.isEmpty() || Boolean.TRUE.equals(schema.getNullable())) {
				sect.appendElement("p")
					.addClass("schema-constraints")
					.text((Boolean.TRUE.equals(schema.getNullable()) ? "May be null. " : "") + constraints);
			}
			if (schema.getProperties() != null) {
				HtmlTable table = new HtmlTable("Property", "Type", "Required", "Constraints", "Description");
				List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
				schema.getProperties()
					.forEach((name, property) -> table.row(new Element("code").text(name),
							SchemaText.type(property, ""), required.contains(name) ? "yes" : "no",
							SchemaText.constraints(property), Markdown.render(property.getDescription())));
				sect.appendChild(table.element());
			}
		}
		return section;
	}

	private static Element section(Element parent, String sectClass, String headingTag, String id, String title) {
		Element section = parent.appendElement("div").addClass(sectClass);
		section.appendElement(headingTag).id(id).text(title);
		return section.appendElement("div").addClass("sectionbody");
	}

}
