package dev.exemplar.docsite;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

/**
 * The API contract (openapi.yaml) read by swagger-parser, with its operations in document
 * order.
 */
record ApiContract(OpenAPI openApi, List<ApiOperation> operations) {

	/**
	 * One operation: its method, path template, and declared responses ($refs to shared
	 * responses resolved).
	 */
	record ApiOperation(String method, String pathTemplate, Operation operation, Map<String, ApiResponse> responses) {

		String anchor() {
			return operation.getOperationId() != null ? "op-" + operation.getOperationId()
					: "op-" + Anchors.slug(method + " " + pathTemplate);
		}

		String label() {
			return method + " " + pathTemplate;
		}
	}

	static ApiContract read(Path openApiFile) {
		if (!Files.isRegularFile(openApiFile)) {
			throw new IllegalStateException("No API contract at " + openApiFile);
		}
		ParseOptions options = new ParseOptions();
		options.setResolve(true);
		SwaggerParseResult result = new OpenAPIParser().readLocation(openApiFile.toUri().toString(), null, options);
		OpenAPI openApi = result.getOpenAPI();
		if (openApi == null) {
			throw new IllegalStateException("Cannot read " + openApiFile + ": " + result.getMessages());
		}
		List<ApiOperation> operations = new ArrayList<>();
		if (openApi.getPaths() != null) {
			openApi.getPaths()
				.forEach((template, item) -> item.readOperationsMap()
					.forEach((method, operation) -> operations
						.add(new ApiOperation(method.name(), template, operation, responses(openApi, operation)))));
		}
		return new ApiContract(openApi, operations);
	}

	private static Map<String, ApiResponse> responses(OpenAPI openApi, Operation operation) {
		Map<String, ApiResponse> responses = new LinkedHashMap<>();
		if (operation.getResponses() != null) {
			operation.getResponses().forEach((code, response) -> responses.put(code, resolve(openApi, response)));
		}
		return responses;
	}

	private static ApiResponse resolve(OpenAPI openApi, ApiResponse response) {
		String ref = response.get$ref();
		if (ref == null || openApi.getComponents() == null || openApi.getComponents().getResponses() == null) {
			return response;
		}
		ApiResponse shared = openApi.getComponents().getResponses().get(ref.substring(ref.lastIndexOf('/') + 1));
		return shared == null ? response : shared;
	}

}
