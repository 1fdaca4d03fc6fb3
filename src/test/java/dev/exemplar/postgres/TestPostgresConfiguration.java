package dev.exemplar.postgres;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Points the service at this JVM's test PostgreSQL. Boot builds its connection pool from
 * these details, as it would from {@code @ServiceConnection} on a container bean; one
 * bean serves all three choices, so every application context of the JVM shares the one
 * server.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestPostgresConfiguration {

	@Bean
	JdbcConnectionDetails testPostgres() {
		return TestPostgres.connectionDetails();
	}

}
