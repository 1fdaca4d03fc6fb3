package dev.exemplar.system.requests;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import dev.exemplar.system.errors.ProblemResponse;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.DefaultCorsProcessor;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;

/**
 * CORS, so that a web page on an allowed origin ({@link CrossOriginProperties}) may call
 * the API from a browser: every path answers a preflight with the methods the API takes
 * and the headers it reads ({@code Authorization}, {@code Content-Type}), and every
 * answer to such a page names its origin. Spring's CORS filter does it, ahead of Spring
 * Security's filters: a preflight is answered before any sign-in is asked for, and a 401
 * reaches the page readable. A request from another origin is refused with a 403 problem
 * that says why.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CrossOriginProperties.class)
class CrossOriginConfiguration {

	static final List<String> METHODS = List.of("GET", "HEAD", "POST", "PUT", "DELETE");

	static final List<String> HEADERS = List.of(HttpHeaders.AUTHORIZATION, HttpHeaders.CONTENT_TYPE);

	@Bean
	CorsConfigurationSource corsConfigurationSource(CrossOriginProperties properties) {
		CorsConfiguration cors = new CorsConfiguration();
		cors.setAllowedOrigins(properties.allowedOrigins());
		cors.setAllowedMethods(METHODS);
		cors.setAllowedHeaders(HEADERS);
		// what a page may read of an answer besides the body and the basic headers
		cors.setExposedHeaders(
				List.of(HttpHeaders.LOCATION, HttpHeaders.RETRY_AFTER, HttpHeaders.WWW_AUTHENTICATE, "X-Request-Id"));
		cors.setMaxAge(Duration.ofHours(1));
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		source.registerCorsConfiguration("/**", cors);
		return source;
	}

	/**
	 * After RequestIdFilter (the refusal carries the request's id), before Spring
	 * Security's filters (-100).
	 */
	@Bean
	FilterRegistrationBean<CorsFilter> crossOriginFilter(CorsConfigurationSource corsConfigurationSource) {
		CorsFilter filter = new CorsFilter(corsConfigurationSource);
		filter.setCorsProcessor(new ProblemCorsProcessor());
		FilterRegistrationBean<CorsFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		return registration;
	}

	/**
	 * Spring's checks; a refusal is a problem saying which check failed, not Spring's
	 * "Invalid CORS request".
	 */
	static class ProblemCorsProcessor extends DefaultCorsProcessor {

		@Override
		protected boolean handleInternal(ServerHttpRequest request, ServerHttpResponse response,
				CorsConfiguration config, boolean preFlightRequest) throws IOException {
			String refusal = refusal(request.getHeaders(), config, preFlightRequest);
			if (refusal == null) {
				return super.handleInternal(request, response, config, preFlightRequest);
			}
			response.flush(); // the headers Spring has set so far (Vary), before the
								// problem is written
			ProblemResponse.write(((ServletServerHttpResponse) response).getServletResponse(),
					ProblemResponse.of(HttpStatus.FORBIDDEN, refusal, request.getURI().getRawPath()));
			return false;
		}

		private String refusal(HttpHeaders headers, CorsConfiguration config, boolean preFlightRequest) {
			if (checkOrigin(config, headers.getOrigin()) == null) {
				return "A web page on " + headers.getOrigin() + " may not call this API: its origin is not one of "
						+ "those allowed (CORS_ALLOWED_ORIGINS).";
			}
			if (!preFlightRequest) {
				return null;
			}
			HttpMethod method = headers.getAccessControlRequestMethod();
			if (checkMethods(config, method) == null) {
				return "A web page may not send " + method + " to this API: it takes " + String.join(", ", METHODS)
						+ ".";
			}
			if (checkHeaders(config, headers.getAccessControlRequestHeaders()) == null) {
				return "A web page may send this API only the headers " + String.join(" and ", HEADERS) + ", not "
						+ String.join(", ", headers.getAccessControlRequestHeaders()) + ".";
			}
			return null;
		}

	}

}
