package dev.exemplar.system.infrastructure;

import org.flywaydb.core.api.exception.FlywayValidateException;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * With {@code exemplar.migrate-at-start-up=false} (MIGRATE_AT_START_UP), the service does
 * not migrate its database at start-up, for deployments that run the {@code migrate}
 * command first: it checks the schema instead (Flyway's validate), and refuses to start
 * on one that lacks a migration of this build, rather than fail on its first request.
 * Unset or true, Flyway migrates at start-up, as Spring Boot does.
 */
@Configuration(proxyBeanMethods = false)
class MigrationAtStartUp {

	@Bean
	@ConditionalOnBooleanProperty(name = "exemplar.migrate-at-start-up", havingValue = false)
	FlywayMigrationStrategy validateOnly() {
		return flyway -> {
			try {
				flyway.validate();
			}
			catch (FlywayValidateException e) {
				throw new IllegalStateException("The database's schema is not the one this build expects, and "
						+ "MIGRATE_AT_START_UP=false: run the migrate command first "
						+ "(docs-site/guides/operating-the-service.adoc). " + e.getMessage(), e);
			}
		};
	}

}
