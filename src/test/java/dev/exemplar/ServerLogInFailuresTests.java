package dev.exemplar;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;

import dev.exemplar.spec.api.ConfigurationKeys;
import dev.exemplar.spec.api.RunningService;
import dev.exemplar.spec.api.SpecEngine;
import dev.exemplar.spec.api.SpecifiedService;
import dev.exemplar.testsupport.ServiceWithoutDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/**
 * A failing example carries what the service logged while it handled the request, stack
 * trace included: here the service runs on a database port where nothing listens, so its
 * feed fails inside the service. The spec runs through the spec engine configured as in
 * junit-platform.properties, with this service in place of the usual one.
 */
class ServerLogInFailuresTests {

	/**
	 * The service of the running test, which {@link WithoutDatabase} hands the engine.
	 */
	private static ServiceWithoutDatabase service;

	@TempDir
	Path dir;

	@Test
	void theServiceStackTraceReachesTheFailure() throws Exception {
		Files.createDirectories(dir.resolve("specs"));
		Files.writeString(dir.resolve("specs/feed.adoc"), """
				= Feed

				== The feed answers

				[source,http]
				----
				GET /latest
				----

				[source,json]
				----
				200

				[]
				----
				""");
		try (ServiceWithoutDatabase started = new ServiceWithoutDatabase()) {
			service = started;

			Throwable failure = EngineTestKit.engine(SpecEngine.ID)
				.configurationParameters(thisServicesSettings()) // the contract, the
																	// request id, the log
																	// key
				.configurationParameter(ConfigurationKeys.SERVICE, WithoutDatabase.class.getName())
				.configurationParameter(ConfigurationKeys.ROOT, dir.resolve("specs").toString())
				.configurationParameter(ConfigurationKeys.OUTPUT, dir.resolve("out").toString())
				.configurationParameter(ConfigurationKeys.CONSOLE, "false")
				.configurationParameter(ConfigurationKeys.UPDATE, "") // never rewritten,
																		// even in a build
																		// run with
																		// -Dspecs.update
				.selectors(selectClass(WithoutDatabase.class))
				.execute()
				.testEvents()
				.failed()
				.stream()
				.findFirst()
				.orElseThrow()
				.getRequiredPayload(TestExecutionResult.class)
				.getThrowable()
				.orElseThrow();

			assertThat(failure).hasMessageContainingAll("feed.adoc › The feed answers failed",
					"status: expected 200 but was 503", "The service's log for request spec-",
					"ERROR dev.exemplar.system.errors.ProblemDetailsAdvice : The database is not answering",
					"org.springframework.jdbc.CannotGetJdbcConnectionException",
					"Connection to localhost:" + started.databasePort() + " refused");
			assertThat(dir.resolve("out/feed.html")).content()
				.contains("spec-server-log", "CannotGetJdbcConnectionException");
		}
	}

	/**
	 * junit-platform.properties, without the system properties a build may set
	 * ({@code -Dspecs.baseUrl}…).
	 */
	private static Map<String, String> thisServicesSettings() throws IOException {
		Properties settings = new Properties();
		try (InputStream input = ServerLogInFailuresTests.class.getResourceAsStream("/junit-platform.properties")) {
			settings.load(input);
		}
		Map<String, String> parameters = new HashMap<>();
		settings.stringPropertyNames().forEach(key -> parameters.put(key, settings.getProperty(key)));
		return parameters;
	}

	/** The service started by the test, without a database. */
	static final class WithoutDatabase implements SpecifiedService {

		@Override
		public RunningService start() {
			URI baseUrl = service.baseUrl();
			return () -> baseUrl;
		}

	}

}
