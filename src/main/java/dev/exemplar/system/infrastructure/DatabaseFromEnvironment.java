package dev.exemplar.system.infrastructure;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * Where the service's database comes from (guides/operating-the-service.adoc), for the
 * service and its commands alike. {@code DATABASE_URL} in the form platforms hand out
 * ({@link DatabaseUrl}) becomes {@code spring.datasource.url}, {@code username} and
 * {@code password}, unless {@code SPRING_DATASOURCE_URL} (or a system property or
 * argument naming {@code spring.datasource.url}) is given: those win, and then
 * DATABASE_URL is not read at all. It wins over the profiles' files (dev's default
 * database). Under a profile that sets {@code exemplar.database.required} (staging,
 * prod), a database given by neither stops the start-up with a message naming both ways
 * to give it.
 */
class DatabaseFromEnvironment implements EnvironmentPostProcessor {

	static final String PROPERTY_SOURCE = "DATABASE_URL";

	private static final String URL = "spring.datasource.url";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String databaseUrl = environment.getProperty("DATABASE_URL");
		if (databaseUrl != null && !databaseUrl.isBlank() && !givenAboveTheFiles(environment)) {
			DatabaseUrl parsed = DatabaseUrl.parse(databaseUrl);
			Map<String, Object> datasource = new LinkedHashMap<>();
			datasource.put(URL, parsed.jdbcUrl());
			if (parsed.username() != null) {
				datasource.put("spring.datasource.username", parsed.username());
			}
			if (parsed.password() != null) {
				datasource.put("spring.datasource.password", parsed.password());
			}
			// right below the environment variables: above the profiles' files, below
			// SPRING_DATASOURCE_*
			environment.getPropertySources()
				.addAfter(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
						new MapPropertySource(PROPERTY_SOURCE, datasource));
		}
		String url = environment.getProperty(URL);
		boolean required = environment.getProperty("exemplar.database.required", Boolean.class, false);
		if (required && (url == null || url.isBlank())) {
			String profiles = String.join(", ", environment.getActiveProfiles());
			throw new IllegalStateException("No database is given, and the profile '" + profiles + "' takes it from "
					+ "the environment only: set DATABASE_URL (postgres://user:password@host:port/database) "
					+ "or SPRING_DATASOURCE_URL (jdbc:postgresql://host:port/database) with SPRING_DATASOURCE_USERNAME "
					+ "and SPRING_DATASOURCE_PASSWORD.");
		}
	}

	/**
	 * spring.datasource.url from the command line, a system property or
	 * SPRING_DATASOURCE_URL.
	 */
	private static boolean givenAboveTheFiles(ConfigurableEnvironment environment) {
		for (PropertySource<?> source : environment.getPropertySources()) {
			// the attached source sees every other source, files included
			boolean attached = ConfigurationPropertySources.isAttachedConfigurationPropertySource(source);
			if (!attached && source.containsProperty(URL)) {
				return true;
			}
			if (source.getName().equals(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME)) {
				return false;
			}
		}
		return false;
	}

}
