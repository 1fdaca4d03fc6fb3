package dev.exemplar.databases;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

import dev.exemplar.ExecutableSpecificationIT;
import dev.exemplar.postgres.TestPostgres;
import dev.exemplar.spec.api.ConfigurationKeys;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/**
 * Seed 001's clean-up fixture, as the build does it: the databases specs run through the
 * spec engine against the service, as {@code ./mvnw verify} runs them, and afterwards
 * none of the databases and roles they made is left on the tenant server (the test
 * PostgreSQL), nor anything else of the service's prefix that was not there before.
 */
class DatabaseSpecsCleanUpTests {

	/** The databases the specs' service made, as its provisioner named them. */
	private static final Set<String> made = ConcurrentHashMap.newKeySet();

	@Test
	void theDatabasesSpecsLeaveNoDatabaseNorRoleOnTheTenantServer() throws IOException {
		Path output = Path.of("target", "databases-specs-clean-up"); // beside the
																		// conversions it
																		// keeps, as the
																		// build's
		FileSystemUtils.deleteRecursively(output);
		List<String> before = namesOnServer();

		EngineExecutionResults results = EngineTestKit.engine("specs")
			.enableImplicitConfigurationParameters(true) // junit-platform.properties, the
															// build's configuration
			.configurationParameter(ConfigurationKeys.SERVICE, ObservedService.class.getName())
			.configurationParameter(ConfigurationKeys.FILTER, "databases/*")
			.configurationParameter(ConfigurationKeys.OUTPUT, output.toString())
			.configurationParameter(ConfigurationKeys.CONSOLE, "false")
			.configurationParameter(ConfigurationKeys.UPDATE, "")
			.selectors(selectClass(ObservedService.class))
			.execute();

		results.testEvents().assertStatistics(stats -> stats.failed(0).aborted(0));
		assertThat(results.testEvents().succeeded().count()).as("examples run").isPositive();
		assertThat(made).as("databases the specs made").isNotEmpty();
		assertThat(namesOnServer()).as("databases and roles of the service's prefix on the server")
			.doesNotContainAnyElementsOf(made)
			.isSubsetOf(before);
	}

	private static List<String> namesOnServer() {
		return JdbcClient.create(TestPostgres.dataSource())
			.sql("""
					SELECT datname FROM pg_database WHERE starts_with(datname, :prefix)
					UNION SELECT rolname FROM pg_roles WHERE starts_with(rolname, :prefix)""")
			.param("prefix", TenantNames.PREFIX)
			.query(String.class)
			.list();
	}

	/**
	 * The service the specs run against, telling this test each database its provisioner
	 * begins to make.
	 */
	public static final class ObservedService extends ExecutableSpecificationIT {

		@Override
		protected Class<?>[] configurations() {
			List<Class<?>> configurations = new ArrayList<>(List.of(super.configurations()));
			configurations.add(Observer.class);
			return configurations.toArray(Class<?>[]::new);
		}

	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Observer {

		@Bean
		ProvisioningObserver madeDatabases() {
			return (database, step) -> {
				if (step.equals("create database")) {
					made.add(database);
				}
			};
		}

	}

}
