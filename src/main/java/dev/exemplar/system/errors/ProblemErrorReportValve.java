package dev.exemplar.system.errors;

import java.io.IOException;
import java.util.UUID;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

import dev.exemplar.system.infrastructure.RequestIdFilter;

import org.springframework.http.HttpStatus;

/**
 * Answers what Tomcat refuses before Spring MVC sees the request (a malformed request
 * line, path or header, a missing Host, headers over the size limit, an HTTP version it
 * does not speak) as a problem, like every other answer, instead of Tomcat's HTML page.
 * Tomcat's 505 and 501 become 400: they are the client's mistakes, and no input may make
 * the service answer 5xx.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		if (status == 505 || status == 501) {
			response.setStatus(400);
		}
		String detail = detail(request, status, response.getMessage(), throwable);
		try {
			response.setCharacterEncoding("UTF-8");
			response.setHeader(RequestIdFilter.HEADER, UUID.randomUUID().toString());
			// Spring Security's headers never reach an answer Tomcat makes before the
			// filters: this one says it too
			response.setHeader("X-Content-Type-Options", "nosniff");
			HttpStatus refusal = HttpStatus.valueOf(response.getStatus());
			ProblemResponse.write(response, ProblemResponse.of(refusal, detail, null));
			response.finishResponse();
		}
		catch (IOException | IllegalStateException e) {
			container.getLogger().warn("Could not write the problem for a refused request", e);
		}
	}

	/**
	 * Tomcat's reason, where it gives one, is kept (shortened: it may quote the whole
	 * offending line).
	 */
	private static String detail(Request request, int status, String message, Throwable throwable) {
		if (status == 505) {
			return "This HTTP version is not spoken here; send the request as HTTP/1.1.";
		}
		if (status == 501) {
			return "The Transfer-Encoding is not supported; send the body with a Content-Length, or chunked.";
		}
		String reason = throwable != null && throwable.getMessage() != null ? throwable.getMessage() : message;
		if (reason != null && reason.contains("too large")) {
			return "The request line and headers are larger than Tomcat's limit (8 KiB); shorten the URL or the "
					+ "headers.";
		}
		int hosts = countHosts(request);
		if (reason == null && hosts != 1) {
			return "Give exactly one Host header (given: " + hosts + "); HTTP/1.1 requires it.";
		}
		String said = reason == null ? ""
				: " (" + (reason.length() > 200 ? reason.substring(0, 200) + "…" : reason) + ")";
		return "The request is not valid HTTP/1.1" + said + ". Send a request line 'METHOD /path?query HTTP/1.1' whose "
				+ "path and query are percent-encoded UTF-8 ('%' and two hex digits; no encoded '/', '\\' or NUL), "
				+ "and headers of the form 'Name: value'.";
	}

	private static int countHosts(Request request) {
		var values = request.getCoyoteRequest().getMimeHeaders().values("host");
		int count = 0;
		while (values.hasMoreElements()) {
			values.nextElement();
			count++;
		}
		return count;
	}

}
