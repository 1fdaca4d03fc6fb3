package dev.exemplar.docsite;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.server.PathContainer;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import dev.exemplar.spec.results.ExampleResult;
import dev.exemplar.spec.results.ExampleStatus;
import dev.exemplar.spec.results.Exchange;
import dev.exemplar.spec.results.SpecResult;
import dev.exemplar.spec.results.SuiteResult;

/**
 * Which examples exercise which operation and response code: each exchange of
 * results.json (method + concrete path + status) is matched to the contract's path
 * templates, read as Spring's {@link PathPattern}s; where several match, the most
 * specific ({@code /posts/latest} over {@code /posts/{id}}) wins. Codes the contract
 * declares and no example exercises have no examples; codes seen but not declared, and
 * exchanges no operation matches, are kept too.
 */
final class Coverage {

	/** An example that exercised a response, and where its executed page shows it. */
	record ExampleRef(String spec, String example, String href, ExampleStatus status) {
	}

	/**
	 * One row: an operation's response code, whether the contract declares it, and its
	 * examples.
	 */
	record Row(ApiContract.ApiOperation operation, String code, boolean declared, List<ExampleRef> examples) {
	}

	/** An exchange no operation of the contract matches. */
	record Stray(Exchange exchange, ExampleRef example) {
	}

	private final Map<ApiContract.ApiOperation, Map<String, Row>> rows = new LinkedHashMap<>();

	private final List<Stray> strays = new ArrayList<>();

	private final List<Map.Entry<ApiContract.ApiOperation, PathPattern>> templates = new ArrayList<>();

	Coverage(ApiContract contract, SuiteResult results) {
		for (ApiContract.ApiOperation operation : contract.operations()) {
			Map<String, Row> codes = new LinkedHashMap<>();
			operation.responses()
				.keySet()
				.forEach(code -> codes.put(code, new Row(operation, code, true, new ArrayList<>())));
			rows.put(operation, codes);
			templates.add(Map.entry(operation, PathPatternParser.defaultInstance.parse(operation.pathTemplate())));
		}
		for (SpecResult spec : results.specs()) {
			for (ExampleResult example : spec.examples()) {
				ExampleRef ref = new ExampleRef(spec.title(), example.name(), spec.page() + "#" + example.anchor(),
						example.status());
				example.exchanges().forEach(exchange -> record(exchange, ref));
			}
		}
	}

	private void record(Exchange exchange, ExampleRef ref) {
		Optional<ApiContract.ApiOperation> operation = operationFor(exchange);
		if (operation.isEmpty()) {
			strays.add(new Stray(exchange, ref));
			return;
		}
		Map<String, Row> codes = rows.get(operation.get());
		String code = String.valueOf(exchange.status());
		Row row = codes.get(code);
		if (row == null) {
			String range = code.charAt(0) + "XX";
			row = codes.containsKey(range) ? codes.get(range)
					: codes.containsKey("default") ? codes.get("default") : null;
		}
		if (row == null) {
			row = new Row(operation.get(), code, false, new ArrayList<>());
			codes.put(code, row);
		}
		if (!row.examples().contains(ref)) {
			row.examples().add(ref);
		}
	}

	private Optional<ApiContract.ApiOperation> operationFor(Exchange exchange) {
		String method = exchange.method() == null ? "" : exchange.method().toUpperCase(Locale.ROOT);
		PathContainer path = PathContainer.parsePath(pathOf(exchange.path()));
		return templates.stream()
			.filter(entry -> entry.getKey().method().equals(method) && entry.getValue().matches(path))
			.min(Map.Entry.comparingByValue(PathPattern.SPECIFICITY_COMPARATOR))
			.map(Map.Entry::getKey);
	}

	/**
	 * The path of a request's target, absolute or not, without its query and without a
	 * trailing slash (which the templates do not write).
	 */
	private static String pathOf(String target) {
		String path = UriComponentsBuilder.fromUriString(target).build().getPath();
		if (path == null || path.isEmpty()) {
			return "/";
		}
		return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
	}

	List<Row> rowsOf(ApiContract.ApiOperation operation) {
		return rows.get(operation).values().stream().sorted(Comparator.comparing(Row::code)).toList();
	}

	List<Row> rows() {
		return rows.keySet().stream().flatMap(operation -> rowsOf(operation).stream()).toList();
	}

	List<Stray> strays() {
		return strays;
	}

	long uncovered() {
		return rows().stream().filter(row -> row.examples().isEmpty()).count();
	}

}
