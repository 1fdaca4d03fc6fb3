package dev.exemplar.databases;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Where users' databases must not share the service's own PostgreSQL server (prod: a tenant who holds its connections
 * or fills its disk would stop the service), stops the start when no tenant server is configured: once the settings
 * are read, before any bean is made, so before anything connects anywhere (registered in META-INF/spring.factories).
 */
public class TenantServerRequired implements EnvironmentPostProcessor {

    static final String ALLOWED = "exemplar.databases.own-server-allowed";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (application.getWebApplicationType() == WebApplicationType.NONE) {
            return; // a command (recreate-db), not the service: it serves no databases
        }
        String adminUrl = environment.getProperty("exemplar.databases.admin-url", "");
        if (adminUrl.isBlank() && !environment.getProperty(ALLOWED, Boolean.class, true)) {
            throw new IllegalStateException("Users' databases need a PostgreSQL server of their own here, not the"
                    + " service's: set DATABASES_ADMIN_URL (with DATABASES_ADMIN_USERNAME and DATABASES_ADMIN_PASSWORD;"
                    + " docs-site/guides/databases-on-demand.adoc)");
        }
    }
}
