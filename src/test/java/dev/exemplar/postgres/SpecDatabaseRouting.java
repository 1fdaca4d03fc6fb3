package dev.exemplar.postgres;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

import dev.exemplar.spec.api.SpecDatabases;

/**
 * The service as the spec engine runs it, with a database per spec (the engine's
 * {@link SpecDatabases}): a request naming one in {@link SpecDatabaseFilter#HEADER} is
 * served from it, any other from the service's own database. Test configuration only,
 * beside {@link TestPostgresConfiguration}: production has no such header.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SpecDatabaseRouting {

	/**
	 * The service's pool, once set up (and made to reconnect, see ReconnectingPool),
	 * behind the router.
	 */
	@Bean
	static BeanPostProcessor routeSpecDatabases() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return bean instanceof HikariDataSource pool ? new DatabaseRouter(pool) : bean;
			}
		};
	}

	/**
	 * Before anything else the request does, after the request id is set (so its log
	 * lines keep it).
	 */
	@Bean
	FilterRegistrationBean<SpecDatabaseFilter> specDatabaseFilter() {
		FilterRegistrationBean<SpecDatabaseFilter> registration = new FilterRegistrationBean<>(
				new SpecDatabaseFilter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		return registration;
	}

	@Bean
	SpecDatabases specDatabases(JdbcConnectionDetails server, Flyway flyway, DataSource dataSource) {
		return new ClonedSpecDatabases(server, flyway, (DatabaseRouter) dataSource);
	}

}
