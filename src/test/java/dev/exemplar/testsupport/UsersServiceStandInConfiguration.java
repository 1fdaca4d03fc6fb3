package dev.exemplar.testsupport;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * Points a test's service at the users service's stand-in ({@link UsersServiceStandIn}).
 */
@TestConfiguration(proxyBeanMethods = false)
public class UsersServiceStandInConfiguration {

	@Bean
	DynamicPropertyRegistrar usersServiceStandIn() {
		return registry -> registry.add("exemplar.users-service.url", UsersServiceStandIn::url);
	}

}
