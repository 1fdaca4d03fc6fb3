package dev.exemplar;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.junit.platform.commons.annotation.Testable;

import dev.exemplar.postgres.TestPostgres;
import dev.exemplar.postgres.SpecDatabaseRouting;
import dev.exemplar.postgres.TestPostgresConfiguration;
import dev.exemplar.spec.api.RunningService;
import dev.exemplar.spec.api.SpecDatabases;
import dev.exemplar.spec.api.SpecifiedService;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * How the specs in specs/ run this service: started in the test JVM on a random port and
 * the test PostgreSQL, with a database per spec when specs run at once
 * ({@link SpecDatabaseRouting}). The rest of the spec engine's configuration is in
 * junit-platform.properties. Failsafe runs the specs through this class (its name ends in
 * IT); {@code -Dspec='feed/*'} runs a subset, {@code -Dspecs.baseUrl=…} a deployed
 * service. {@code @Testable} tells IDEs that an engine runs it, so they offer to.
 */
@Testable
public class ExecutableSpecificationIT implements SpecifiedService {

	/** The weather provider's key in the specs: their stubs expect it. */
	static final String WEATHER_KEY = "spec-key";

	/**
	 * The engine makes this before it starts the stand-ins: the database starts
	 * meanwhile, and while Spring does.
	 */
	public ExecutableSpecificationIT() {
		TestPostgres.warmUp();
	}

	@Override
	public RunningService start() {
		return start(Map.of());
	}

	/**
	 * @param properties the engine's stand-ins for the outside services
	 * (junit-platform.properties)
	 */
	@Override
	public RunningService start(Map<String, String> properties) {
		List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--exemplar.weather.api-key=" + WEATHER_KEY,
				"--exemplar.cors.allowed-origins=" + TestExemplarApplication.FRONT_END_ORIGIN)); // as
																									// under
																									// test-run
		properties.forEach((name, value) -> arguments.add("--" + name + "=" + value));
		ConfigurableApplicationContext context = SpringApplication.from(ExemplarApplication::main)
			.with(configurations())
			.run(arguments.toArray(String[]::new))
			.getApplicationContext();
		return running(context);
	}

	/**
	 * The configurations the service starts with besides its own: a test may add seams of
	 * its own.
	 */
	protected Class<?>[] configurations() {
		return new Class<?>[] { TestPostgresConfiguration.class, SpecDatabaseRouting.class };
	}

	private static RunningService running(ConfigurableApplicationContext context) {
		return new RunningService() {
			@Override
			public URI baseUrl() {
				return URI
					.create("http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort());
			}

			@Override
			public Optional<DataSource> dataSource() {
				return Optional.of(context.getBean(DataSource.class));
			}

			@Override
			public Optional<SpecDatabases> specDatabases() {
				return Optional.of(context.getBean(SpecDatabases.class));
			}

			@Override
			public void close() {
				context.close();
			}
		};
	}

}
