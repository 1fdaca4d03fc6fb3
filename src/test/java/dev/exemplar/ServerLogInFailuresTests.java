package dev.exemplar;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.exemplar.spec.InProcessServerLog;
import dev.exemplar.spec.SpecEngine;


import static org.assertj.core.api.Assertions.assertThat;

/**
 * A failing example carries what the service logged while it handled the request, stack trace included: here the
 * service runs on a database port where nothing listens, so its feed fails inside the service.
 */
class ServerLogInFailuresTests {

    /** These runs fail on purpose: their progress lines would only confuse the build's log. */
    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

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
        try (ServiceWithoutDatabase service = new ServiceWithoutDatabase()) {
            InProcessServerLog log = InProcessServerLog.attach("requestId");
            SpecEngine engine = new SpecEngine(new SpecEngine.Settings(dir.resolve("specs"), dir.resolve("out"),
                    service.baseUrl(), null, log, null, QUIET));

            Map<String, Throwable> outcomes = engine.runAll();

            assertThat(outcomes.get("feed.adoc › The feed answers"))
                    .hasMessageContainingAll("status: expected 200 but was 503",
                            "The service's log for request spec-",
                            "ERROR dev.exemplar.system.ProblemDetailsAdvice : The database is not answering",
                            "org.springframework.jdbc.CannotGetJdbcConnectionException",
                            "Connection to localhost:" + service.databasePort() + " refused");
            assertThat(dir.resolve("out/feed.html")).content().contains("spec-server-log", "CannotGetJdbcConnectionException");
        }
    }
}
