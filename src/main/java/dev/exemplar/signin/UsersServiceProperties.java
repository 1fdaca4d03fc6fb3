package dev.exemplar.signin;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Where the users service answers (USERS_SERVICE_URL) and how long to wait for it (USERS_SERVICE_TIMEOUT). */
@ConfigurationProperties("exemplar.users-service")
record UsersServiceProperties(URI url, @DefaultValue("2s") Duration timeout) {
}
