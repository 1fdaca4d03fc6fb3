package dev.exemplar.system;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import dev.exemplar.ExemplarApplication;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static net.javacrumbs.jsonunit.assertj.JsonAssertions.assertThatJson;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a spec cannot show, since specs run against a live database: the probe tells a load balancer when the
 * database is gone. The service is started on a port where no PostgreSQL listens.
 */
class ProbeStatusTests {

    @Test
    void probeAnswers503WithAProblemWhenTheDatabaseIsGone() throws Exception {
        int deadPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            deadPort = socket.getLocalPort();
        }
        try (ConfigurableApplicationContext service = SpringApplication.run(ExemplarApplication.class,
                "--server.port=0", "--spring.flyway.enabled=false",
                "--spring.datasource.url=jdbc:postgresql://localhost:" + deadPort + "/gone")) {
            int port = ((WebServerApplicationContext) service).getWebServer().getPort();

            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/probe_status")).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThatJson(response.body()).inPath("detail").isEqualTo("The database is not answering; try again later.");
        }
    }
}
