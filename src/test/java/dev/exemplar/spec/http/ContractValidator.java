package dev.exemplar.spec.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;

import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Checks every executed exchange against the service's OpenAPI contract. The answer must
 * always keep it. A request that breaks it is only a violation when the service accepted
 * it: a spec showing how bad input is refused sends such requests on purpose, and the
 * contract and the service then agree. Checks may run on the contract's own thread, one
 * at a time, while the example goes on (see {@link #violationsLater}).
 */
public final class ContractValidator {

	private final String location;

	private final ExecutorService checks = Executors.newSingleThreadExecutor(task -> {
		Thread thread = new Thread(task, "contract-checks");
		thread.setDaemon(true); // idle between runs; never keeps the JVM alive
		return thread;
	});

	/**
	 * Read on the contract's thread, while the run starts its first spec: the first check
	 * waits for it.
	 */
	private final CompletableFuture<OpenApiInteractionValidator> validator;

	/**
	 * @param location where the contract came from, as messages name it
	 */
	public ContractValidator(String location, String openApiDocument) {
		this(location, () -> openApiDocument);
	}

	/**
	 * @param location where the contract came from, as messages name it
	 * @param openApiDocument fetched on the contract's thread; a failure fails every
	 * check, saying so
	 */
	public ContractValidator(String location, Callable<String> openApiDocument) {
		this.location = location;
		this.validator = CompletableFuture.supplyAsync(() -> {
			try {
				return OpenApiInteractionValidator.createForInlineApiSpecification(openApiDocument.call()).build();
			}
			catch (Exception e) {
				if (e instanceof InterruptedException) {
					Thread.currentThread().interrupt();
				}
				throw new IllegalStateException("The contract " + location + " could not be read: " + e.getMessage(),
						e);
			}
		}, checks);
	}

	public String location() {
		return location;
	}

	/**
	 * {@link #violations} on the contract's thread: the caller joins it before it reports
	 * the exchange's verdict.
	 */
	public CompletableFuture<List<String>> violationsLater(HttpExchange exchange) {
		return CompletableFuture.supplyAsync(() -> violations(exchange), checks);
	}

	/**
	 * @return the contract's objections, one line each; empty when the exchange keeps the
	 * contract
	 */
	public List<String> violations(HttpExchange exchange) {
		UriComponents target = UriComponentsBuilder.fromUriString(exchange.target()).build();
		SimpleRequest.Builder request = new SimpleRequest.Builder(Request.Method.valueOf(exchange.method()),
				target.getPath());
		target.getQueryParams()
			.forEach((name, values) -> request.withQueryParam(decode(name),
					values.stream().map(value -> value == null ? "" : decode(value)).toList()));
		exchange.requestHeaders().map().forEach(request::withHeader);
		if (exchange.requestBody() != null) {
			request.withBody(exchange.requestBody());
		}
		SimpleResponse.Builder response = SimpleResponse.Builder.status(exchange.status());
		exchange.responseHeaders().map().forEach((name, values) -> response.withHeader(name, values));
		if (exchange.responseBody() != null && !exchange.responseBody().isEmpty()) {
			response.withBody(exchange.responseBody());
		}
		Request sent = request.build();
		OpenApiInteractionValidator contract = contract();
		ValidationReport report = contract.validateResponse(sent.getPath(), sent.getMethod(), response.build());
		if (exchange.status() < 400) {
			report = report.merge(contract.validateRequest(sent));
		}
		return report.getMessages()
			.stream()
			.filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
			.map(message -> message.getMessage() + " [" + message.getKey() + "]")
			.toList();
	}

	private OpenApiInteractionValidator contract() {
		try {
			return validator.join();
		}
		catch (CompletionException e) {
			throw e.getCause() instanceof RuntimeException cause ? cause : e;
		}
	}

	private static String decode(String text) {
		return URLDecoder.decode(text, StandardCharsets.UTF_8);
	}

}
