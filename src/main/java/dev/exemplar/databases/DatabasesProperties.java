package dev.exemplar.databases;

import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Databases on demand (guides/databases-on-demand.adoc): how many a user may have (DATABASES_QUOTA); the tenant
 * server's admin connection (DATABASES_ADMIN_URL, DATABASES_ADMIN_USERNAME, DATABASES_ADMIN_PASSWORD; unset: the
 * service's own PostgreSQL server, as under dev and test) and what clients are told to connect to
 * (DATABASES_PUBLIC_HOST, DATABASES_PUBLIC_PORT; unset: the admin URL's host and port), with the {@code sslmode} a
 * server that requires TLS wants (DATABASES_PUBLIC_SSLMODE; unset: none in the URLs); how long an Idempotency-Key
 * stays spent (DATABASES_IDEMPOTENCY_WINDOW); which deployment's mark the roles it makes bear (DATABASES_DEPLOYMENT_ID;
 * unset: an id of the service's own database).
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
        String publicSslmode,
        @DefaultValue("24h") Duration idempotencyWindow,
        String deploymentId) {

    private static final Set<String> SSLMODES =
            Set.of("disable", "allow", "prefer", "require", "verify-ca", "verify-full");

    DatabasesProperties {
        publicSslmode = publicSslmode == null || publicSslmode.isBlank() ? null : publicSslmode;
        if (publicSslmode != null && !SSLMODES.contains(publicSslmode)) {
            throw new IllegalArgumentException("DATABASES_PUBLIC_SSLMODE must be one of " + new TreeSet<>(SSLMODES)
                    + ", got '" + publicSslmode + "'");
        }
    }

    /** Never the admin's password: a record's own toString would print it wherever the settings are logged. */
    @Override
    public String toString() {
        return "DatabasesProperties[quota=" + quota + ", serverName=" + serverName + ", adminUrl=" + adminUrl
                + ", adminUsername=" + adminUsername + ", adminPassword=" + (adminPassword == null ? null : "******")
                + ", publicHost=" + publicHost + ", publicPort=" + publicPort + ", publicSslmode=" + publicSslmode
                + ", idempotencyWindow=" + idempotencyWindow + ", deploymentId=" + deploymentId + "]";
    }

    boolean adminConfigured() {
        return adminUrl != null && !adminUrl.isBlank();
    }
}
