package dev.exemplar.spec.engine;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import javax.sql.DataSource;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.exemplar.spec.api.ConfigurationKeys;
import dev.exemplar.spec.api.RunningService;
import dev.exemplar.spec.api.SpecifiedService;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/** A "Then … holds these rows" table is updated as expectations are: its rows become those the table holds. */
class SpecTableUpdateTests {

    private static final String SPEC = """
            = Rows

            == Seeded

            .Given these rows in greetings
            |===
            | id | word

            | 1  | hi
            | 2  | hello
            |===

            [source,http]
            ----
            GET /hello
            ----

            .Then greetings holds these rows
            |===
            | id | word

            | 1  | hi
            | 2  | bonjour
            | 3  | hola
            |===

            Prose after the table stays.
            """;

    private static WireMockServer service;
    private static EmbeddedPostgres postgres;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() throws IOException {
        service = new WireMockServer(options().dynamicPort());
        service.start();
        service.stubFor(get("/contract.yaml").willReturn(aResponse().withBody("""
                openapi: 3.0.3
                info: {title: greeter, version: '1'}
                paths:
                  /hello:
                    get:
                      responses:
                        '200': {description: a greeting, content: {application/json: {schema: {type: object}}}}
                """)));
        service.stubFor(get("/hello").willReturn(okJson("{}")));
        postgres = EmbeddedPostgres.builder().start();
        JdbcClient.create(postgres.getPostgresDatabase()).sql("CREATE TABLE greetings (id bigint PRIMARY KEY, word text)").update();
    }

    @AfterAll
    static void stop() throws IOException {
        service.stop();
        postgres.close();
    }

    @Test
    void aThenTableIsRewrittenWithTheRowsTheTableHoldsAndOnlyWithTheUpdate() throws IOException {
        Path spec = dir.resolve("documents/rows.adoc");
        Files.createDirectories(spec.getParent());
        Files.writeString(spec, SPEC);

        assertThat(failure(run(null))).contains("As the answer would have it", "-| 2  | bonjour\n-| 3  | hola\n+| 2  | hello");
        assertThat(Files.readString(spec)).isEqualTo(SPEC);

        assertThat(failure(run("failed"))).isNull();
        assertThat(Files.readString(spec)).isEqualTo(SPEC.replace("| 2  | bonjour\n| 3  | hola\n", "| 2  | hello\n"));
        assertThat(failure(run(null))).isNull();
    }

    private static String failure(EngineExecutionResults results) {
        return results.testEvents().finished().stream()
                .map(event -> event.getRequiredPayload(TestExecutionResult.class).getThrowable().map(Throwable::getMessage).orElse(null))
                .filter(message -> message != null).findFirst().orElse(null);
    }

    private EngineExecutionResults run(String update) {
        EngineTestKit.Builder engine = EngineTestKit.engine(SpecTestEngine.ID)
                .configurationParameter(ConfigurationKeys.SERVICE, Stand.class.getName())
                .configurationParameter(ConfigurationKeys.ROOT, dir.resolve("documents").toString())
                .configurationParameter(ConfigurationKeys.OUTPUT, dir.resolve("out").toString())
                .configurationParameter(ConfigurationKeys.CONTRACT, "/contract.yaml")
                .configurationParameter(ConfigurationKeys.CONSOLE, "false");
        if (update != null) {
            engine.configurationParameter(ConfigurationKeys.UPDATE, update);
        }
        return engine.selectors(selectClass(Stand.class)).execute();
    }

    /** The stand-in service: WireMock's answers, and a PostgreSQL of its own for the tables. */
    static final class Stand implements SpecifiedService {

        @Override
        public RunningService start() {
            return new RunningService() {
                @Override
                public URI baseUrl() {
                    return URI.create(service.baseUrl());
                }

                @Override
                public Optional<DataSource> dataSource() {
                    return Optional.of(postgres.getPostgresDatabase());
                }
            };
        }
    }
}
