package dev.exemplar;

import dev.exemplar.postgres.TestPostgresConfiguration;

import org.springframework.boot.SpringApplication;

/**
 * {@code ./mvnw spring-boot:test-run}: the service on the test PostgreSQL (embedded unless told otherwise), serving
 * at /docs the documentation site that the last {@code ./mvnw verify} assembled in target/docs-site.
 */
public class TestExemplarApplication {

    public static void main(String[] args) {
        if (System.getProperty("exemplar.docs-site.locations") == null) {
            System.setProperty("exemplar.docs-site.locations", "file:target/docs-site/,classpath:/docs-site/");
        }
        SpringApplication.from(ExemplarApplication::main).with(TestPostgresConfiguration.class).run(args);
    }
}
