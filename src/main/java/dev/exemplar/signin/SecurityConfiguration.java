package dev.exemplar.signin;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import dev.exemplar.system.errors.OutsideServiceException;
import dev.exemplar.system.errors.ProblemResponse;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Sign-in as Spring Security's resource server does it, with opaque tokens that the users
 * service vouches for ({@link UsersServiceIntrospector}): writing scores, and anything on
 * users' databases, needs {@code Authorization: Bearer <token>}; everything else, reads
 * included, stays open. Every refusal is a problem (401 with
 * {@code WWW-Authenticate: Bearer}, 502 or 503 when the users service cannot say),
 * written here because it happens before Spring MVC sees the request.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(UsersServiceProperties.class)
class SecurityConfiguration {

	private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

	/** Users' databases, {@code /databases} itself included. */
	private static final RequestMatcher DATABASES = PathPatternRequestMatcher.withDefaults().matcher("/databases/**");

	/**
	 * The only requests that need a sign-in: the writes of scores, and anything on users'
	 * databases.
	 */
	private static final RequestMatcher NEEDS_SIGN_IN = new OrRequestMatcher(
			PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/scores"),
			PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.PUT, "/users/*/exercises/*/score"),
			PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.DELETE, "/scores/*"), DATABASES);

	/**
	 * Framed only by pages of the service's own origin (the docs site may frame its own
	 * pages; no other site may).
	 */
	private static final String FRAME_ANCESTORS = "frame-ancestors 'self'";

	/** The application's mapper, so that these problems read as Spring MVC's do. */
	private final JsonMapper json;

	SecurityConfiguration(JsonMapper json) {
		this.json = json;
	}

	@Bean
	UsersServiceIntrospector usersServiceIntrospector(UsersServiceProperties properties) {
		return new UsersServiceIntrospector(properties);
	}

	/**
	 * The requests that need a sign-in, and only those, ask the users service (through
	 * the cache of its verdicts): a token sent to a public route is not looked at. Their
	 * answers carry a credential or concern one (a database's password, a signed-in
	 * write), so none may be stored by a cache on the way
	 * ({@code Cache-Control: no-store}).
	 */
	@Bean
	@Order(1)
	SecurityFilterChain signIn(HttpSecurity http, UsersServiceIntrospector usersService,
			UsersServiceProperties properties) throws Exception {
		OpaqueTokenIntrospector introspector = new CachingIntrospector(usersService, properties.cacheTtl(),
				properties.refusalCacheTtl());
		AuthenticationEntryPoint unauthorized = this::unauthorized;
		stateless(http.securityMatcher(NEEDS_SIGN_IN)).headers(headers -> safeHeaders(headers))
			.authorizeHttpRequests(
					requests -> requests.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD)
						.permitAll()
						.anyRequest()
						.authenticated())
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(unauthorized))
			.oauth2ResourceServer(server -> server.opaqueToken(opaque -> opaque.introspector(introspector))
				.authenticationEntryPoint(unauthorized)
				.withObjectPostProcessor(new ObjectPostProcessor<BearerTokenAuthenticationFilter>() {
					@Override
					public <O extends BearerTokenAuthenticationFilter> O postProcess(O filter) {
						filter.setAuthenticationFailureHandler(
								(request, response, e) -> failed(request, response, e, unauthorized));
						return filter;
					}
				}));
		return http.build();
	}

	/**
	 * Every other request: open, whatever {@code Authorization} it carries, and with only
	 * the headers (no filter that authenticates): the reads and the docs site keep
	 * whatever caching they set.
	 */
	@Bean
	@Order(2)
	SecurityFilterChain open(HttpSecurity http) throws Exception {
		stateless(http).headers(headers -> safeHeaders(headers).cacheControl(cache -> cache.disable()))
			.anonymous(anonymous -> anonymous.disable());
		return http.build();
	}

	private static HttpSecurity stateless(HttpSecurity http) throws Exception {
		return http.csrf(csrf -> csrf.disable())
			.logout(logout -> logout.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable());
	}

	/**
	 * Spring Security's headers, as an API with a docs site wants them: {@code nosniff};
	 * framed only by the service's own pages (X-Frame-Options for old browsers, CSP's
	 * frame-ancestors for the rest); HSTS for a year on answers over HTTPS (Spring writes
	 * it only then; behind a proxy that ends TLS, X-Forwarded-Proto tells, see
	 * application.properties); and Cache-Control: no-store unless the chain turns it off.
	 */
	private static HeadersConfigurer<HttpSecurity> safeHeaders(HeadersConfigurer<HttpSecurity> headers) {
		return headers.contentTypeOptions(Customizer.withDefaults())
			.frameOptions(frames -> frames.sameOrigin())
			.contentSecurityPolicy(policy -> policy.policyDirectives(FRAME_ANCESTORS))
			.httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(365L * 24 * 60 * 60).includeSubDomains(true));
	}

	/**
	 * Spring Security's firewall, letting any method through as the service did before
	 * sign-in: Spring MVC answers a method a path does not take with 405, which says more
	 * than the firewall's refusal would.
	 */
	@Bean
	HttpFirewall firewall() {
		StrictHttpFirewall firewall = new StrictHttpFirewall();
		firewall.setUnsafeAllowAnyHttpMethod(true);
		return firewall;
	}

	/**
	 * What Spring Security's firewall refuses is the client's mistake: a 400 problem, as
	 * Tomcat's refusals are.
	 */
	@Bean
	RequestRejectedHandler requestRejected() {
		return (request, response, e) -> problem(request, response, HttpStatus.BAD_REQUEST,
				"The request's URL is malformed (" + e.getMessage().replaceAll("\\s*\"[^\"]*\"", "")
						+ "); send a plain, normalized path.");
	}

	/**
	 * The users service could not say (502, 503: one log line saying why); any other
	 * failure is the token's (401).
	 */
	private void failed(HttpServletRequest request, HttpServletResponse response, AuthenticationException e,
			AuthenticationEntryPoint unauthorized) throws IOException, jakarta.servlet.ServletException {
		if (e instanceof AuthenticationServiceException) {
			OutsideServiceException answer = e.getCause() instanceof UsersServiceFailure failure ? failure.answer()
					: new OutsideServiceException(HttpStatus.SERVICE_UNAVAILABLE, UsersServiceIntrospector.NO_ANSWER,
							UsersServiceIntrospector.RETRY_AFTER,
							"The users service could not be asked (" + e.getClass().getSimpleName() + ")");
			log.warn("{} ({})", answer.logLine(), answer.status().value());
			answer.retryAfter()
				.ifPresent(wait -> response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(wait.toSeconds())));
			problem(request, response, answer.status(), answer.getMessage());
			return;
		}
		unauthorized.commence(request, response, e);
	}

	private void unauthorized(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
			throws IOException {
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
		problem(request, response, HttpStatus.UNAUTHORIZED, request.getHeader(HttpHeaders.AUTHORIZATION) == null
				? (DATABASES.matches(request) ? "Databases need" : "Writing scores needs")
						+ " a sign-in: send 'Authorization: Bearer <token>' with a token of the users service."
				: "The token is not one the users service vouches for (unknown, expired, malformed, or its user is "
						+ "inactive); sign in again.");
	}

	private void problem(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
			throws IOException {
		ProblemResponse.write(response, ProblemResponse.of(status, detail, request.getRequestURI()), json);
	}

}
