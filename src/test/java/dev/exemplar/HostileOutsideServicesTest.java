package dev.exemplar;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.exemplar.postgres.TestPostgresConfiguration;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * The whole service over real HTTP, as {@link ServiceTest} runs it, but whose outside services are WireMock servers of
 * the test's own, which each test makes answer as it likes: slowly, wrongly, hugely. One deadline of a second for
 * each (USERS_SERVICE_TIMEOUT, WEATHER_TIMEOUT), so that a case that waits for it waits a second. The tests that extend
 * this share one service (one Spring context); each uses tokens and zip codes of its own, since the service keeps what
 * it was told.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestPostgresConfiguration.class)
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
public abstract class HostileOutsideServicesTest {

    protected static final String WEATHER_KEY = "corpus-secret-weather-key";

    protected static final Duration DEADLINE = Duration.ofSeconds(1);

    protected static final WireMockServer USERS_SERVICE = started();
    protected static final WireMockServer WEATHER_PROVIDER = started();

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void outsideServices(DynamicPropertyRegistry registry) {
        registry.add("exemplar.users-service.url", USERS_SERVICE::baseUrl);
        registry.add("exemplar.users-service.timeout", DEADLINE::toString);
        registry.add("exemplar.weather.provider-url", WEATHER_PROVIDER::baseUrl);
        registry.add("exemplar.weather.api-key", () -> WEATHER_KEY);
        registry.add("exemplar.weather.timeout", DEADLINE::toString);
    }

    private static WireMockServer started() {
        WireMockServer server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        return server;
    }

    protected HttpResponse<String> send(String method, String path, String token, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The lines the service logged for the request that got this answer (by the request id it answered with). */
    protected static List<String> loggedFor(HttpResponse<String> answer, CapturedOutput output) {
        String requestId = answer.headers().firstValue("X-Request-Id").orElseThrow();
        return output.getAll().lines().filter(line -> line.contains("[" + requestId + "]")).toList();
    }
}
