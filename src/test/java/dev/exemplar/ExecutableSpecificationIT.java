package dev.exemplar;

import java.net.URI;
import java.util.Optional;

import javax.sql.DataSource;

import org.junit.platform.commons.annotation.Testable;

import dev.exemplar.postgres.TestPostgres;
import dev.exemplar.postgres.TestPostgresConfiguration;
import dev.exemplar.spec.api.RunningService;
import dev.exemplar.spec.api.SpecifiedService;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * How the specs in specs/ run this service: started in the test JVM on a random port and the test PostgreSQL. The
 * rest of the spec engine's configuration is in junit-platform.properties. Failsafe runs the specs through this
 * class (its name ends in IT); {@code -Dspec='feed/*'} runs a subset, {@code -Dspecs.baseUrl=…} a deployed service.
 * {@code @Testable} tells IDEs that an engine runs it, so they offer to.
 */
@Testable
public class ExecutableSpecificationIT implements SpecifiedService {

    @Override
    public RunningService start() {
        TestPostgres.warmUp(); // the database starts while Spring does
        ConfigurableApplicationContext context = SpringApplication.from(ExemplarApplication::main)
                .with(TestPostgresConfiguration.class)
                .run("--server.port=0")
                .getApplicationContext();
        return new RunningService() {
            @Override
            public URI baseUrl() {
                return URI.create("http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort());
            }

            @Override
            public Optional<DataSource> dataSource() {
                return Optional.of(context.getBean(DataSource.class));
            }

            @Override
            public void close() {
                context.close();
            }
        };
    }
}
