package dev.exemplar;

import java.util.ArrayList;
import java.util.List;

import dev.exemplar.postgres.TestPostgresConfiguration;
import dev.exemplar.testsupport.OutsideStandIns;

import org.springframework.boot.SpringApplication;

/**
 * {@code ./mvnw spring-boot:test-run}: the service on the test PostgreSQL (embedded
 * unless told otherwise), its outside services played by local stand-ins unless the
 * environment names real ones ({@link OutsideStandIns}), pages from
 * {@link #FRONT_END_ORIGIN} allowed to call it unless CORS_ALLOWED_ORIGINS says
 * otherwise, serving at /docs the documentation site that the last {@code ./mvnw verify}
 * assembled in target/docs-site (the default of {@code exemplar.docs-site.location}).
 */
public class TestExemplarApplication {

	/**
	 * The origin a front end's development server serves its pages from: they may call
	 * the service (CORS).
	 */
	static final String FRONT_END_ORIGIN = "http://localhost:3000";

	public static void main(String[] args) {
		List<String> arguments = new ArrayList<>(OutsideStandIns.start(System.getenv()));
		if (!System.getenv().containsKey("CORS_ALLOWED_ORIGINS")) {
			arguments.add("--exemplar.cors.allowed-origins=" + FRONT_END_ORIGIN);
		}
		arguments.addAll(List.of(args)); // the command line wins
		SpringApplication.from(ExemplarApplication::main)
			.with(TestPostgresConfiguration.class)
			.run(arguments.toArray(String[]::new));
	}

}
