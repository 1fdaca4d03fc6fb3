package dev.exemplar.signin;

import java.time.Duration;

import dev.exemplar.system.errors.OutsideServiceException;

import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.server.resource.introspection.OAuth2IntrospectionException;

/**
 * The users service could not say whether a token is good: the answer the client gets
 * instead (SecurityConfiguration writes it, since this happens before Spring MVC sees the
 * request), and the line the log gets. Never kept in the cache of verdicts.
 */
class UsersServiceFailure extends OAuth2IntrospectionException {

	private final OutsideServiceException answer;

	UsersServiceFailure(HttpStatus status, String detail, Duration retryAfter, String logLine) {
		super(logLine);
		this.answer = new OutsideServiceException(status, detail, retryAfter, logLine);
	}

	OutsideServiceException answer() {
		return answer;
	}

}
