package dev.exemplar.signin;

import dev.exemplar.system.errors.ForbiddenException;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;

/**
 * The user the request's token belongs to, as the users service said; writes check it
 * owns what they change.
 */
public final class SignedInUser {

	private SignedInUser() {
	}

	/**
	 * The signed-in user's id; only for requests that need a sign-in
	 * (SecurityConfiguration).
	 */
	public static long id() {
		Object principal = SecurityContextHolder.getContext().getAuthentication().getPrincipal();
		return ((Number) ((OAuth2AuthenticatedPrincipal) principal).getAttribute(UsersServiceIntrospector.USER_ID))
			.longValue();
	}

	/**
	 * @throws ForbiddenException when the signed-in user is not this one (OWASP's broken
	 * object-level authorization)
	 */
	public static void mustBe(long userId) {
		long signedIn = id();
		if (signedIn != userId) {
			throw new ForbiddenException("You are signed in as user " + signedIn + "; only user " + userId
					+ " may change user " + userId + "'s scores.");
		}
	}

}
