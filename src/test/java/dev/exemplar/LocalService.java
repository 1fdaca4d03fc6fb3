package dev.exemplar;

import java.net.URI;

import javax.sql.DataSource;

import dev.exemplar.postgres.TestPostgres;
import dev.exemplar.postgres.TestPostgresConfiguration;
import dev.exemplar.spec.InProcessServerLog;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** The service started in this JVM on a random port and the test PostgreSQL, with its log visible to the specs. */
final class LocalService implements AutoCloseable {

    static {
        TestPostgres.warmUp(); // the database starts while Spring does
    }

    private final ConfigurableApplicationContext context = SpringApplication.from(ExemplarApplication::main)
            .with(TestPostgresConfiguration.class)
            .run("--server.port=0")
            .getApplicationContext();
    private final InProcessServerLog log = InProcessServerLog.attach("requestId"); // after the start: see attach

    URI baseUrl() {
        return URI.create("http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort());
    }

    DataSource database() {
        return context.getBean(DataSource.class);
    }

    InProcessServerLog log() {
        return log;
    }

    @Override
    public void close() {
        context.close();
    }
}
