package dev.exemplar.signin;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the users service answers (USERS_SERVICE_URL), how long to wait for its whole
 * answer (USERS_SERVICE_TIMEOUT), and how long its verdicts are kept: a user it vouched
 * for (USERS_SERVICE_CACHE_TTL), a refused token (USERS_SERVICE_REFUSAL_CACHE_TTL).
 */
@ConfigurationProperties("exemplar.users-service")
record UsersServiceProperties(URI url, @DefaultValue("2s") Duration timeout, @DefaultValue("60s") Duration cacheTtl,
		@DefaultValue("10s") Duration refusalCacheTtl) {
}
