package dev.exemplar.system;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.exemplar.ExemplarApplication;
import dev.exemplar.system.requests.CrossOriginProperties;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.support.EnvironmentPostProcessorApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * The settings the service starts with, given its environment variables and nothing else
 * (not this JVM's own variables and system properties): application.properties, the
 * profile's file that SPRING_PROFILES_ACTIVE names, and the service's environment
 * post-processors, as a start of the service prepares them, in an empty application
 * context (no database, no web server, no logging set up).
 */
final class ProfileSettings {

	private ProfileSettings() {
	}

	/**
	 * @throws RuntimeException as the start of the service would, when the settings are
	 * refused
	 */
	static ConfigurableEnvironment of(Map<String, String> variables) {
		SpringApplication application = new SpringApplication(Nothing.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		application.setLogStartupInfo(false);
		application.setRegisterShutdownHook(false);
		application.setListeners(List.of(new EnvironmentPostProcessorApplicationListener()));
		ConfigurableEnvironment environment = environment(variables);
		application.setEnvironment(environment);
		application.setBannerMode(Banner.Mode.OFF);
		application.run().close();
		return environment;
	}

	/**
	 * The whole service, started as {@code java -jar} starts it with these environment
	 * variables and arguments.
	 */
	static ConfigurableApplicationContext start(Map<String, String> variables, String... args) {
		SpringApplication application = new SpringApplication(ExemplarApplication.class);
		application.setEnvironment(environment(variables));
		application.setRegisterShutdownHook(false);
		return application.run(args);
	}

	private static ConfigurableEnvironment environment(Map<String, String> variables) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources()
			.replace(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME,
					new MapPropertySource(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME, Map.of()));
		environment.getPropertySources()
			.replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, new SystemEnvironmentPropertySource(
					StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, new HashMap<>(variables)));
		return environment;
	}

	/** The loggers given a level (logging.level.*), by name. */
	static Map<String, LogLevel> logLevels(ConfigurableEnvironment environment) {
		return Binder.get(environment)
			.bind("logging.level", Bindable.mapOf(String.class, LogLevel.class))
			.orElse(Map.of());
	}

	/** The origins whose pages may call the API, as the service binds them. */
	static List<String> allowedOrigins(ConfigurableEnvironment environment) {
		return Binder.get(environment)
			.bind("exemplar.cors", CrossOriginProperties.class)
			.orElseGet(() -> new CrossOriginProperties(null))
			.allowedOrigins();
	}

	static class Nothing {

	}

}
