package dev.exemplar;

import java.net.URI;
import java.nio.file.Path;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

import dev.exemplar.postgres.TestPostgresConfiguration;
import dev.exemplar.spec.InProcessServerLog;
import dev.exemplar.spec.ServerLog;
import dev.exemplar.spec.SpecEngine;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs the specs in specs/ against the service: started here on the test PostgreSQL, or the deployed one named by
 * {@code -Dspecs.baseUrl}. {@code -Dspec='feed/*'} runs a subset. Pages go to target/specs.
 */
class ExecutableSpecificationTests {

    private static ConfigurableApplicationContext service;
    private static SpecEngine engine;

    @BeforeAll
    static void startService() {
        SpecEngine.warmUp(); // Asciidoctor's JRuby starts while the database and Spring do
        String deployed = System.getProperty("specs.baseUrl");
        URI baseUrl;
        DataSource database = null;
        ServerLog serverLog = ServerLog.NONE;
        if (deployed != null && !deployed.isBlank()) {
            baseUrl = URI.create(deployed);
        }
        else {
            InProcessServerLog log = InProcessServerLog.attach("requestId");
            service = SpringApplication.from(ExemplarApplication::main)
                    .with(TestPostgresConfiguration.class)
                    .run("--server.port=0").getApplicationContext();
            baseUrl = URI.create("http://localhost:" + ((WebServerApplicationContext) service).getWebServer().getPort());
            database = service.getBean(DataSource.class);
            serverLog = log;
        }
        engine = new SpecEngine(new SpecEngine.Settings(Path.of("specs"), Path.of("target", "specs"), baseUrl,
                database, serverLog, System.getProperty("spec")));
    }

    @TestFactory
    Stream<DynamicNode> specs() {
        return engine.tests();
    }

    @AfterAll
    static void finish() throws Exception {
        try {
            engine.finish();
        }
        finally {
            if (service != null) {
                service.close();
            }
        }
    }
}
