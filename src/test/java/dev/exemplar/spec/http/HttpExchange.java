package dev.exemplar.spec.http;

import java.net.http.HttpHeaders;

/**
 * One request a spec sent and the answer it got, as the engine reports and validates
 * them.
 */
public record HttpExchange(String requestId, String method, String target, HttpHeaders requestHeaders,
		String requestBody, int status, HttpHeaders responseHeaders, String responseBody) {

	public String responseContentType() {
		return responseHeaders.firstValue("Content-Type").orElse("");
	}

	public String describe() {
		StringBuilder text = new StringBuilder(method).append(' ').append(target).append(" → ").append(status);
		text.append(' ').append(responseContentType());
		if (responseBody != null && !responseBody.isEmpty()) {
			text.append('\n').append(responseBody);
		}
		return text.toString();
	}
}
