package dev.exemplar.system.errors;

import java.net.URI;
import java.net.URISyntaxException;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Answers what reaches the servlet container's error page rather than Spring MVC's
 * handlers (a method Tomcat refuses, such as TRACE, or a failure in a filter) as a
 * problem, in place of Boot's own JSON error body. The content type is set, not
 * negotiated: a problem is answered whatever the request's Accept says.
 */
@RestController
class ProblemErrorController implements ErrorController {

	@RequestMapping("/error")
	ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = code instanceof Integer given ? HttpStatus.resolve(given) : null;
		ProblemDetail problem = status == null
				? ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
						"There is nothing at /error; the operations are listed in /openapi.yaml.")
				: ProblemDetail.forStatusAndDetail(status, detail(status, request));
		problem.setInstance(instance(request));
		return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	/**
	 * The path the client asked for, as the other problems name it; none when it is not a
	 * valid URI.
	 */
	private static URI instance(HttpServletRequest request) {
		Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		try {
			return path instanceof String given ? new URI(given) : null;
		}
		catch (URISyntaxException e) {
			return null;
		}
	}

	private static String detail(HttpStatus status, HttpServletRequest request) {
		return switch (status) {
			case METHOD_NOT_ALLOWED ->
				"This method is not supported here; the operations and their methods are listed in /openapi.yaml.";
			case NOT_FOUND -> "There is nothing at " + request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI)
					+ "; the operations are listed in /openapi.yaml.";
			default -> status.is5xxServerError() ? "The server failed unexpectedly; its log has the details."
					: "The request was refused (" + status.getReasonPhrase()
							+ "); the operations are described in /openapi.yaml.";
		};
	}

}
