package dev.exemplar.signin;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
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
 * Sign-in as Spring Security's resource server does it, with opaque tokens that the users service vouches for
 * ({@link UsersServiceIntrospector}): writing scores, and anything on users' databases, needs
 * {@code Authorization: Bearer <token>}; everything else,
 * reads included, stays open. Every refusal is a problem (401 with {@code WWW-Authenticate: Bearer}, 503 when the users
 * service cannot say), written here because it happens before Spring MVC sees the request.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(UsersServiceProperties.class)
class SecurityConfiguration {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Users' databases, {@code /databases} itself included. */
    private static final RequestMatcher DATABASES = PathPatternRequestMatcher.withDefaults().matcher("/databases/**");

    /** The only requests that need a sign-in: the writes of scores, and anything on users' databases. */
    private static final RequestMatcher NEEDS_SIGN_IN = new OrRequestMatcher(
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/scores"),
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.PUT, "/users/*/exercises/*/score"),
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.DELETE, "/scores/*"),
            DATABASES);

    /**
     * The requests the filters below can change the answer of: those that need a sign-in, and any request with a token
     * (a bad one is refused whatever it asks for). The rest, most reads, pass by them (the firewall still checks every
     * request): the filters cost a tenth of a read's time (README, "The benchmarks").
     */
    private static final RequestMatcher SIGN_IN_MATTERS = new OrRequestMatcher(NEEDS_SIGN_IN,
            request -> request.getHeader(HttpHeaders.AUTHORIZATION) != null);

    @Bean
    UsersServiceIntrospector usersServiceIntrospector(UsersServiceProperties properties) {
        return new UsersServiceIntrospector(properties);
    }

    @Bean
    SecurityFilterChain security(HttpSecurity http, UsersServiceIntrospector introspector) throws Exception {
        AuthenticationEntryPoint unauthorized = SecurityConfiguration::unauthorized;
        http.securityMatcher(SIGN_IN_MATTERS)
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .headers(headers -> headers.disable())
                .authorizeHttpRequests(requests -> requests
                        .dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll()
                        .requestMatchers(NEEDS_SIGN_IN).authenticated()
                        .anyRequest().permitAll())
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(unauthorized))
                .oauth2ResourceServer(server -> server
                        .opaqueToken(opaque -> opaque.introspector(introspector))
                        .authenticationEntryPoint(unauthorized)
                        .withObjectPostProcessor(new ObjectPostProcessor<BearerTokenAuthenticationFilter>() {
                            @Override
                            public <O extends BearerTokenAuthenticationFilter> O postProcess(O filter) {
                                filter.setAuthenticationFailureHandler((request, response, e) -> failed(request, response, e, unauthorized));
                                return filter;
                            }
                        }));
        return http.build();
    }

    /**
     * Spring Security's firewall, letting any method through as the service did before sign-in: Spring MVC answers a
     * method a path does not take with 405, which says more than the firewall's refusal would.
     */
    @Bean
    HttpFirewall firewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setUnsafeAllowAnyHttpMethod(true);
        return firewall;
    }

    /** What Spring Security's firewall refuses is the client's mistake: a 400 problem, as Tomcat's refusals are. */
    @Bean
    RequestRejectedHandler requestRejected() {
        return (request, response, e) -> problem(request, response, HttpStatus.BAD_REQUEST,
                "The request's URL is malformed (" + e.getMessage().replaceAll("\\s*\"[^\"]*\"", "") + "); send a plain, normalized path.");
    }

    /** The users service could not say (503); any other failure is the token's (401). */
    private static void failed(HttpServletRequest request, HttpServletResponse response, AuthenticationException e,
            AuthenticationEntryPoint unauthorized) throws IOException, jakarta.servlet.ServletException {
        if (e instanceof AuthenticationServiceException) {
            response.setHeader(HttpHeaders.RETRY_AFTER, "5");
            problem(request, response, HttpStatus.SERVICE_UNAVAILABLE,
                    "The users service, which vouches for tokens, does not answer; try again later.");
            return;
        }
        unauthorized.commence(request, response, e);
    }

    private static void unauthorized(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        problem(request, response, HttpStatus.UNAUTHORIZED, request.getHeader(HttpHeaders.AUTHORIZATION) == null
                ? (DATABASES.matches(request) ? "Databases need" : "Writing scores needs")
                        + " a sign-in: send 'Authorization: Bearer <token>' with a token of the users service."
                : "The token is not one the users service vouches for (unknown, expired, malformed, or its user is inactive); sign in again.");
    }

    private static void problem(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
            throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.value());
        problem.put("detail", detail);
        problem.put("instance", request.getRequestURI());
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream().write(JSON.writeValueAsBytes(problem));
    }
}
