package dev.exemplar.signin;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import dev.exemplar.system.infrastructure.OutsideCall;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.server.resource.introspection.BadOpaqueTokenException;
import org.springframework.security.oauth2.server.resource.introspection.OAuth2IntrospectionAuthenticatedPrincipal;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Asks the users service whether a token is good: {@code GET /auth/status} with the same
 * bearer token, answered {@code {"status": "success", "data": {"id": 7, "active": true,
 * …}}}. A refusal (401, 403) or an inactive user is a bad token (401); anything else it
 * may answer, or not answer, is a {@link UsersServiceFailure} (502 or 503). The answer is
 * read as any outside answer is ({@link OutsideCall}: one deadline, a bounded body, no
 * redirect), and its shape is checked before any of it is used. No message holds the
 * token.
 */
class UsersServiceIntrospector implements OpaqueTokenIntrospector {

	/** The attribute of the principal that holds the user's id. */
	static final String USER_ID = "user_id";

	/**
	 * Its answer is a few hundred bytes: a thousand times that is no answer of the users
	 * service.
	 */
	private static final int MAX_ANSWER_BYTES = 256 * 1024;

	/** How long a client is told to wait when the users service does not say. */
	static final Duration RETRY_AFTER = Duration.ofSeconds(5);

	/**
	 * Also what sign-in answers when asking failed in a way of its own
	 * (SecurityConfiguration).
	 */
	static final String NO_ANSWER = "The users service, which vouches for tokens, does not answer; try again later.";

	private static final String BUSY = "The users service, which vouches for tokens, is limiting this service's calls; try again later.";

	private static final String NONSENSE = "The users service, which vouches for tokens, answered something other than "
			+ "whether the token is good; try again later.";

	private final OutsideCall call;

	private final URI status;

	UsersServiceIntrospector(UsersServiceProperties properties) {
		this.call = new OutsideCall(properties.timeout(), MAX_ANSWER_BYTES);
		this.status = UriComponentsBuilder.fromUri(properties.url()).path("/auth/status").build().toUri();
	}

	@Override
	public OAuth2AuthenticatedPrincipal introspect(String token) {
		OutsideCall.Answer answer;
		try {
			answer = call.get(status,
					Map.of(HttpHeaders.AUTHORIZATION, "Bearer " + token, HttpHeaders.ACCEPT, "application/json"));
		}
		catch (OutsideCall.Failed e) {
			boolean answered = e.why() == OutsideCall.Failed.Why.TOO_LARGE;
			throw new UsersServiceFailure(answered ? HttpStatus.BAD_GATEWAY : HttpStatus.SERVICE_UNAVAILABLE,
					answered ? NONSENSE : NO_ANSWER, answered ? null : RETRY_AFTER,
					"The users service " + e.getMessage());
		}
		return switch (answer.status()) {
			case 200 -> principal(answer.json());
			case 401, 403 -> throw new BadOpaqueTokenException("The users service does not know this token");
			case 429 -> throw new UsersServiceFailure(HttpStatus.SERVICE_UNAVAILABLE, BUSY,
					answer.retryAfter(RETRY_AFTER), "The users service answered 429: it limits this service's calls");
			default -> throw nonsense("answered " + answer.status() + ", not whether the token is good");
		};
	}

	private static OAuth2AuthenticatedPrincipal principal(JsonNode answer) {
		if (answer.isMissingNode()) {
			throw nonsense("answered 200 with a body that is not JSON");
		}
		if (!"success".equals(answer.path("status").asString(null)) || !answer.path("status").isString()) {
			throw nonsense("answered 200 without \"status\": \"success\"");
		}
		JsonNode id = answer.path("data").path("id");
		if (!id.isIntegralNumber() || !id.canConvertToLong() || id.asLong() < 1) {
			throw nonsense("answered 200 without a user id that is a whole number from 1 to 2^63-1 (data.id)");
		}
		JsonNode active = answer.path("data").path("active");
		if (!active.isBoolean()) {
			throw nonsense("answered 200 without whether the user is active (data.active true or false)");
		}
		if (!active.asBoolean()) {
			throw new BadOpaqueTokenException("The token's user is not active");
		}
		long user = id.asLong();
		return new OAuth2IntrospectionAuthenticatedPrincipal(String.valueOf(user), Map.of(USER_ID, user), List.of());
	}

	private static UsersServiceFailure nonsense(String what) {
		return new UsersServiceFailure(HttpStatus.BAD_GATEWAY, NONSENSE, null, "The users service " + what);
	}

}
