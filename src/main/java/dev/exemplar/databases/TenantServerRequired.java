package dev.exemplar.databases;

import java.util.stream.Stream;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Where users' databases must not share the service's own PostgreSQL server (prod: a
 * tenant who holds its connections or fills its disk would stop the service), stops the
 * start when no tenant server is configured: once the settings are read, before any bean
 * is made, so before anything connects anywhere (registered in
 * META-INF/spring.factories).
 */
public class TenantServerRequired implements EnvironmentPostProcessor {

	static final String ALLOWED = "exemplar.databases.own-server-allowed";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (application.getWebApplicationType() == WebApplicationType.NONE) {
			return; // a command (recreate-db), not the service: it serves no databases
		}
		// the binder reads a list's entries as the properties do, and as the
		// environment's variables name them
		Binder settings = Binder.get(environment);
		boolean configured = Stream.of("exemplar.databases.admin-url", "exemplar.databases.servers[0].admin-url")
			.anyMatch(name -> !settings.bind(name, String.class).orElse("").isBlank());
		if (!configured && !environment.getProperty(ALLOWED, Boolean.class, true)) {
			throw new IllegalStateException("Users' databases need a PostgreSQL server of their own here, not the"
					+ " service's: set DATABASES_ADMIN_URL (with DATABASES_ADMIN_USERNAME and"
					+ " DATABASES_ADMIN_PASSWORD), or list several (exemplar.databases.servers[0].admin-url...;"
					+ " docs-site/guides/databases-on-demand.adoc)");
		}
	}

}
