package dev.exemplar.admin;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * What the admin commands run in: the application's configuration (its files, profiles
 * and environment, as the service reads them) without the web server and without the
 * migration at start-up, so that the profiles are known before anything reaches the
 * database.
 */
@EnableAutoConfiguration // and no @Configuration: the service's component scan must not
							// pick up this class's bean
class CommandContext {

	private CommandContext() {
	}

	static ConfigurableApplicationContext start(String... args) {
		SpringApplication application = new SpringApplication(CommandContext.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		application.setBannerMode(Banner.Mode.OFF);
		return application.run(args);
	}

	/**
	 * The migration at start-up is skipped: each command decides whether to touch the
	 * database at all.
	 */
	@Bean
	FlywayMigrationStrategy noMigrationAtStartUp() {
		return flyway -> {
		};
	}

}
