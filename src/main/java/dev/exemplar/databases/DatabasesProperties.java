package dev.exemplar.databases;

import java.util.Set;
import java.util.TreeSet;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Databases on demand (README, "Databases on demand"): how many a user may have (DATABASES_QUOTA); the tenant
 * server's admin connection (DATABASES_ADMIN_URL, DATABASES_ADMIN_USERNAME, DATABASES_ADMIN_PASSWORD; unset: the
 * service's own PostgreSQL server, as under dev and test) and what clients are told to connect to
 * (DATABASES_PUBLIC_HOST, DATABASES_PUBLIC_PORT; unset: the admin URL's host and port), with the {@code sslmode} a
 * server that requires TLS wants (DATABASES_PUBLIC_SSLMODE; unset: none in the URLs).
 */
@ConfigurationProperties("exemplar.databases")
record DatabasesProperties(
        @DefaultValue("3") int quota,
        @DefaultValue("main") String serverName,
        String adminUrl,
        String adminUsername,
        String adminPassword,
        String publicHost,
        Integer publicPort,
        String publicSslmode) {

    private static final Set<String> SSLMODES =
            Set.of("disable", "allow", "prefer", "require", "verify-ca", "verify-full");

    DatabasesProperties {
        publicSslmode = publicSslmode == null || publicSslmode.isBlank() ? null : publicSslmode;
        if (publicSslmode != null && !SSLMODES.contains(publicSslmode)) {
            throw new IllegalArgumentException("DATABASES_PUBLIC_SSLMODE must be one of " + new TreeSet<>(SSLMODES)
                    + ", got '" + publicSslmode + "'");
        }
    }

    boolean adminConfigured() {
        return adminUrl != null && !adminUrl.isBlank();
    }
}
