package dev.exemplar.system.errors;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;

/**
 * Writes a problem straight to the servlet response, for the refusals made before Spring
 * MVC sees the request (Tomcat's, CORS's, Spring Security's): the same
 * {@code application/problem+json} body Spring MVC writes, through the application's JSON
 * mapper where the caller has it, else through one with Spring's mix-in for problems.
 */
public final class ProblemResponse {

	private static final JsonMapper DEFAULT_JSON = JsonMapper.builder()
		.addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class)
		.build();

	private ProblemResponse() {
	}

	/**
	 * A problem with the status's reason as its title and, when given, the request's path
	 * as its instance.
	 */
	public static ProblemDetail of(HttpStatus status, String detail, String path) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(status.getReasonPhrase());
		if (path != null) {
			problem.setInstance(instance(path));
		}
		return problem;
	}

	public static void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
		write(response, problem, DEFAULT_JSON);
	}

	public static void write(HttpServletResponse response, ProblemDetail problem, JsonMapper json) throws IOException {
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.getOutputStream().write(json.writeValueAsBytes(problem));
	}

	/**
	 * The path as sent; one that is no URI (a refused request's may not be) with its
	 * stray characters encoded.
	 */
	private static URI instance(String path) {
		try {
			return new URI(path);
		}
		catch (URISyntaxException e) {
			try {
				return new URI(null, null, path, null);
			}
			catch (URISyntaxException stillNot) {
				return null;
			}
		}
	}

}
