package dev.exemplar;

import dev.exemplar.postgres.TestPostgresConfiguration;

import org.springframework.boot.SpringApplication;

/**
 * {@code ./mvnw spring-boot:test-run}: the service on the test PostgreSQL (embedded unless told otherwise), serving
 * at /docs the documentation site that the last {@code ./mvnw verify} assembled in target/docs-site (the default of
 * {@code exemplar.docs-site.location}).
 */
public class TestExemplarApplication {

    public static void main(String[] args) {
        SpringApplication.from(ExemplarApplication::main).with(TestPostgresConfiguration.class).run(args);
    }
}
