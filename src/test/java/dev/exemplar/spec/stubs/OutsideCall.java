package dev.exemplar.spec.stubs;

import java.net.http.HttpHeaders;
import java.time.Instant;

import dev.exemplar.spec.http.HttpExchange;

/**
 * A call the service made to an outside service during an example, and what the stand-in
 * answered (status 0 when it dropped the connection).
 */
public record OutsideCall(String service, Instant at, String method, String target, HttpHeaders requestHeaders,
		String requestBody, int status, HttpHeaders responseHeaders, String responseBody, boolean matched) {

	/** As the engine's contract check reads an exchange. */
	HttpExchange asExchange() {
		return new HttpExchange("", method, target, requestHeaders, requestBody, status, responseHeaders, responseBody);
	}

	/** client → service → outside service, as the page shows it. */
	public String describe() {
		StringBuilder text = new StringBuilder("→ ").append(service)
			.append(": ")
			.append(method)
			.append(' ')
			.append(target);
		requestHeaders.map().forEach((name, values) -> {
			if (name.equalsIgnoreCase("Authorization")) {
				values.forEach(value -> text.append('\n').append("  ").append(name).append(": ").append(value));
			}
		});
		text.append("\n← ");
		if (status == 0) {
			return text.append("the connection was dropped").toString();
		}
		text.append(status).append(' ').append(responseHeaders.firstValue("Content-Type").orElse(""));
		if (responseBody != null && !responseBody.isEmpty()) {
			text.append('\n').append(responseBody);
		}
		return text.toString();
	}
}
