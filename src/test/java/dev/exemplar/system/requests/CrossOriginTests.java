package dev.exemplar.system.requests;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.ServletException;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.filter.CorsFilter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What specs/scores/cross-origin.adoc cannot state: that a refused answer carries no
 * Access-Control-Allow-Origin, and that with no origin set (production's default) no page
 * is allowed. The service's own CORS filter, on requests made up here.
 */
class CrossOriginTests {

	@Test
	void aPreflightFromAnotherOriginGetsNoAllowOriginAndGoesNoFurther() throws Exception {
		MockFilterChain rest = new MockFilterChain();
		CorsFilter filter = filter(List.of("http://localhost:3000"));

		MockHttpServletResponse answer = preflight(filter, "https://elsewhere.example", rest);

		assertThat(answer.getStatus()).isEqualTo(403);
		assertThat(answer.getHeader("Access-Control-Allow-Origin")).isNull();
		assertThat(answer.getContentType()).isEqualTo("application/problem+json");
		assertThat(rest.getRequest()).isNull();
	}

	@Test
	void withNoOriginSetNoPageIsAllowed() throws Exception {
		CorsFilter filter = filter(new CrossOriginProperties(null).allowedOrigins());

		MockHttpServletResponse answer = preflight(filter, "http://localhost:3000", new MockFilterChain());

		assertThat(answer.getStatus()).isEqualTo(403);
		assertThat(answer.getHeader("Access-Control-Allow-Origin")).isNull();
	}

	@Test
	void aRequestWithoutOriginPassesUntouched() throws Exception {
		MockFilterChain rest = new MockFilterChain();
		MockHttpServletResponse answer = new MockHttpServletResponse();

		filter(List.of()).doFilter(new MockHttpServletRequest("PUT", "/users/1/exercises/1/score"), answer, rest);

		assertThat(rest.getRequest()).isNotNull();
		assertThat(answer.getHeaderNames()).noneMatch(name -> name.startsWith("Access-Control-"));
	}

	private static CorsFilter filter(List<String> allowedOrigins) {
		CrossOriginConfiguration configuration = new CrossOriginConfiguration();
		CrossOriginProperties properties = new CrossOriginProperties(allowedOrigins);
		return configuration.crossOriginFilter(configuration.corsConfigurationSource(properties)).getFilter();
	}

	private static MockHttpServletResponse preflight(CorsFilter filter, String origin, MockFilterChain rest)
			throws ServletException, IOException {
		MockHttpServletRequest request = new MockHttpServletRequest("OPTIONS", "/users/1/exercises/1/score");
		request.addHeader("Origin", origin);
		request.addHeader("Access-Control-Request-Method", "PUT");
		MockHttpServletResponse answer = new MockHttpServletResponse();
		filter.doFilter(request, answer, rest);
		return answer;
	}

}
