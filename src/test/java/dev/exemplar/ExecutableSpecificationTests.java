package dev.exemplar;

import java.net.URI;
import java.nio.file.Path;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

import dev.exemplar.spec.ServerLog;
import dev.exemplar.spec.SpecEngine;

/**
 * Runs the specs in specs/ against the service: started here on the test PostgreSQL, or the deployed one named by
 * {@code -Dspecs.baseUrl}. {@code -Dspec='feed/*'} runs a subset. Pages go to target/specs.
 */
class ExecutableSpecificationTests {

    private static final Path SPECS = Path.of("specs");

    private static LocalService service;
    private static SpecEngine engine;

    @BeforeAll
    static void startService() {
        // Asciidoctor's JRuby starts, and converts the specs, while the database and Spring start
        SpecEngine.warmUp(SPECS, System.getProperty("spec"));
        String deployed = System.getProperty("specs.baseUrl");
        SpecEngine.Settings settings;
        if (deployed != null && !deployed.isBlank()) {
            settings = settings(URI.create(deployed), null, ServerLog.NONE);
        }
        else {
            service = new LocalService();
            settings = settings(service.baseUrl(), service.database(), service.log());
        }
        engine = new SpecEngine(settings);
    }

    private static SpecEngine.Settings settings(URI baseUrl, DataSource database, ServerLog log) {
        return new SpecEngine.Settings(SPECS, Path.of("target", "specs"), baseUrl, database, log,
                System.getProperty("spec"), System.out);
    }

    @TestFactory
    Stream<DynamicNode> specs() {
        return engine.tests();
    }

    /**
     * When examples failed, the build stops before its site is built: the site is built here, then, so that what
     * failed can be read there too.
     */
    @AfterAll
    static void finish() throws Exception {
        try {
            if (!engine.finish()) {
                ExemplarDocsSite.main(new String[0]);
            }
        }
        finally {
            if (service != null) {
                service.close();
            }
        }
    }
}
