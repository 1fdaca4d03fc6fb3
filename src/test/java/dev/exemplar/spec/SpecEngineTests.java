package dev.exemplar.spec;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the specs cannot show about the engine itself: how it reports broken specs, failures, pending examples and
 * contract breaches. A WireMock server stands in for a service; the specs are written here, inline.
 */
class SpecEngineTests {

    private static final String CONTRACT = """
            openapi: 3.0.3
            info: {title: greeter, version: '1'}
            paths:
              /hello:
                get:
                  responses:
                    '200':
                      description: a greeting
                      content:
                        application/json:
                          schema:
                            type: object
                            additionalProperties: false
                            properties:
                              greeting: {type: string}
                              id: {type: integer}
              /rude:
                get:
                  responses:
                    '200':
                      description: a greeting that breaks the contract
                      content:
                        application/json:
                          schema: {type: object, additionalProperties: false, properties: {greeting: {type: string}}}
            """;

    /** These runs fail on purpose: their progress lines would only confuse the build's log. */
    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

    @TempDir
    Path dir;

    private final WireMockServer service = new WireMockServer(options().dynamicPort());

    @BeforeEach
    void startService() {
        service.start();
        service.stubFor(get("/openapi.yaml").willReturn(ok(CONTRACT)));
        service.stubFor(get("/hello").willReturn(okJson("{\"greeting\": \"hi\", \"id\": 7}")));
        service.stubFor(get("/rude").willReturn(okJson("{\"greeting\": \"hi\", \"insult\": \"!\"}")));
    }

    @AfterEach
    void stopService() {
        service.stop();
    }

    @Test
    void aMalformedSpecFailsEachBrokenExampleWithFileAndLineAndTheOtherSpecsStillRun() throws IOException {
        spec("broken.adoc", """
                = Broken

                == Invalid JSON

                [source,http]
                ----
                GET /hello
                ----

                [source,json]
                ----
                {"greeting": "hi",
                ----

                == Unknown placeholder

                [source,http]
                ----
                GET /hello
                ----

                [source,json]
                ----
                {"greeting": "${any-greeting}", "id": 7}
                ----

                == Expectation without a request

                [source,json]
                ----
                {"greeting": "hi"}
                ----

                == Capture used before it is set

                [source,http]
                ----
                GET /hello?name=${nobody}
                ----
                """);
        spec("good.adoc", """
                = Good

                == Hello

                [source,http]
                ----
                GET /hello
                ----

                [source,json]
                ----
                {"greeting": "hi", "id": "${any-number}"}
                ----
                """);

        Map<String, Throwable> outcomes = run();

        assertThat(outcomes).containsOnlyKeys("broken.adoc › Invalid JSON", "broken.adoc › Unknown placeholder",
                "broken.adoc › Expectation without a request", "broken.adoc › Capture used before it is set",
                "good.adoc › Hello");
        assertThat(outcomes.get("broken.adoc › Invalid JSON")).hasMessageContaining("specs/broken.adoc:11: the expected body is not valid JSON");
        assertThat(outcomes.get("broken.adoc › Unknown placeholder")).hasMessageContaining("specs/broken.adoc:23: unknown placeholder '${any-greeting}'");
        assertThat(outcomes.get("broken.adoc › Expectation without a request")).hasMessageContaining("specs/broken.adoc:30: this JSON block follows no request");
        assertThat(outcomes.get("broken.adoc › Capture used before it is set")).hasMessageContaining("specs/broken.adoc:37: '${nobody}' is neither a placeholder");
        assertThat(outcomes.get("good.adoc › Hello")).isNull();
        assertThat(dir.resolve("out/good.html")).exists();
        assertThat(dir.resolve("out/broken.html")).content().contains("spec-failed", "not valid JSON");
    }

    @Test
    void aWrongExpectationNamesSpecExampleJsonPathAndPage() throws IOException {
        spec("feed/wrong.adoc", """
                = Wrong

                == The greeting

                [source,http]
                ----
                GET /hello
                ----

                [source,json]
                ----
                200

                {"greeting": "hello", "id": 7}
                ----
                """);

        Throwable failure = run().get("feed/wrong.adoc › The greeting");

        assertThat(failure).hasMessageContainingAll("specs/feed/wrong.adoc › The greeting failed",
                "specs/feed/wrong.adoc:11", "\"greeting\"", "expected: <\"hello\"> but was: <\"hi\">",
                "Page: " + dir.resolve("out/feed/wrong.html").toUri() + "#the-greeting");
    }

    @Test
    void aPendingExampleIsPendingWhileItFailsAndFailsOnceItPasses() throws IOException {
        spec("pending.adoc", """
                = Pending

                [.pending]
                == Not built yet

                [source,http]
                ----
                GET /goodbye
                ----

                [source,json]
                ----
                {"farewell": "bye"}
                ----

                [.pending]
                == Built already

                [source,http]
                ----
                GET /hello
                ----

                [source,json,role=lenient]
                ----
                {"greeting": "hi"}
                ----
                """);

        Map<String, Throwable> outcomes = run();

        assertThat(outcomes.get("pending.adoc › Not built yet")).isInstanceOf(TestAbortedException.class).hasMessageContaining("is pending");
        assertThat(outcomes.get("pending.adoc › Built already")).isInstanceOf(AssertionError.class)
                .hasMessageContaining("passes, but is marked pending: take the marker ([.pending]) off");
    }

    @Test
    void anAnswerThatBreaksTheContractFailsItsExample() throws IOException {
        spec("rude.adoc", """
                = Rude

                == An extra field

                [source,http]
                ----
                GET /rude
                ----

                [source,json,role=lenient]
                ----
                {"greeting": "hi"}
                ----
                """);

        assertThat(run().get("rude.adoc › An extra field"))
                .hasMessageContainingAll("specs/rude.adoc:6: the exchange breaks the contract", "insult");
    }

    private void spec(String path, String text) throws IOException {
        Path file = dir.resolve("specs").resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private Map<String, Throwable> run() throws IOException {
        SpecEngine engine = new SpecEngine(new SpecEngine.Settings(dir.resolve("specs"), dir.resolve("out"),
                URI.create(service.baseUrl()), null, ServerLog.NONE, null, QUIET));
        Map<String, Throwable> outcomes = engine.runAll();
        engine.finish();
        return outcomes;
    }
}
