package dev.exemplar.signin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.server.resource.introspection.BadOpaqueTokenException;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;

/**
 * The users service's verdicts on tokens, kept a while, as resource servers that
 * introspect opaque tokens do: a user it vouched for is kept for USERS_SERVICE_CACHE_TTL,
 * a refusal for USERS_SERVICE_REFUSAL_CACHE_TTL, a failure never (the next request asks
 * again). Keyed by the token's SHA-256, never the token; at most {@value #MAX_TOKENS}
 * tokens. Concurrent requests with the same new token wait for one call: the first puts
 * its unfinished verdict in the cache and asks on its own thread, the others join it (an
 * AsyncCache: no lock is held during the call).
 */
class CachingIntrospector implements OpaqueTokenIntrospector {

	private static final long MAX_TOKENS = 100_000;

	private final OpaqueTokenIntrospector usersService;

	private final AsyncCache<String, Verdict> verdicts;

	CachingIntrospector(OpaqueTokenIntrospector usersService, Duration vouched, Duration refused) {
		this.usersService = usersService;
		this.verdicts = Caffeine.newBuilder()
			.maximumSize(MAX_TOKENS)
			.expireAfter(Expiry.creating((String key, Verdict verdict) -> verdict.failure() != null ? Duration.ZERO
					: verdict.user() != null ? vouched : refused))
			.buildAsync();
	}

	@Override
	public OAuth2AuthenticatedPrincipal introspect(String token) {
		String key = hash(token);
		CompletableFuture<Verdict> asked = new CompletableFuture<>();
		CompletableFuture<Verdict> verdict = verdicts.get(key, (hash, executor) -> asked);
		if (verdict == asked) {
			asked.complete(ask(key, token, asked));
		}
		return verdict.join().userOrThrow();
	}

	/**
	 * A failure leaves the cache before the requests waiting for it are given it: it is a
	 * verdict of its own rather than a future that fails, which Caffeine would log with
	 * its stack (it is logged once, where it is answered).
	 */
	private Verdict ask(String key, String token, CompletableFuture<Verdict> asked) {
		try {
			return new Verdict(usersService.introspect(token), null);
		}
		catch (BadOpaqueTokenException refusal) {
			return new Verdict(null, null);
		}
		catch (RuntimeException failure) {
			verdicts.asMap().remove(key, asked);
			return new Verdict(null, failure);
		}
	}

	private static String hash(String token) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
			return Base64.getEncoder().encodeToString(digest);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every Java has SHA-256", e);
		}
	}

	/**
	 * The users service's word on a token: its user, or a refusal (neither), or its
	 * failure to say.
	 */
	private record Verdict(OAuth2AuthenticatedPrincipal user, RuntimeException failure) {

		OAuth2AuthenticatedPrincipal userOrThrow() {
			if (failure != null) {
				throw failure;
			}
			if (user == null) {
				throw new BadOpaqueTokenException("The users service does not vouch for this token");
			}
			return user;
		}
	}

}
