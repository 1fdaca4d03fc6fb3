package dev.exemplar.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.exemplar.ExemplarApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** The service serves the documentation site at /docs, as a static host would: pages, folders and assets. */
class DocsSiteServingTests {

    @TempDir
    Path site;

    @Test
    void servesTheSiteAtDocs() throws Exception {
        Files.writeString(site.resolve("index.html"), "<!DOCTYPE html><title>landing</title>");
        Files.createDirectories(site.resolve("feed"));
        Files.writeString(site.resolve("feed/latest.html"), "<!DOCTYPE html><title>latest</title>");
        Files.createDirectories(site.resolve("source/specs/feed"));
        Files.writeString(site.resolve("source/specs/feed/latest.adoc"), "= The latest tweets");
        try (ConfigurableApplicationContext service = SpringApplication.run(ExemplarApplication.class,
                "--server.port=0", "--spring.flyway.enabled=false",
                "--exemplar.docs-site.locations=" + site.toUri(),
                "--spring.datasource.url=jdbc:postgresql://localhost:1/none")) {
            int port = ((WebServerApplicationContext) service).getWebServer().getPort();
            HttpClient client = HttpClient.newHttpClient();

            HttpResponse<String> bare = get(client, port, "/docs");
            assertThat(bare.statusCode()).isEqualTo(302);
            assertThat(bare.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/docs/"));

            HttpResponse<String> landing = get(client, port, "/docs/");
            assertThat(landing.statusCode()).isEqualTo(200);
            assertThat(landing.body()).contains("<title>landing</title>");

            HttpResponse<String> page = get(client, port, "/docs/feed/latest.html");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
            assertThat(get(client, port, "/docs/nothing.html").statusCode()).isEqualTo(404);

            HttpResponse<String> source = get(client, port, "/docs/source/specs/feed/latest.adoc");
            assertThat(source.statusCode()).isEqualTo(200);
            assertThat(source.headers().firstValue("Content-Type")).hasValue("text/plain;charset=UTF-8");
        }
    }

    private static HttpResponse<String> get(HttpClient client, int port, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
