package dev.exemplar.system.docs;

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

import static net.javacrumbs.jsonunit.assertj.JsonAssertions.assertThatJson;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service serves the documentation site at /docs from the folder
 * {@code exemplar.docs-site.location} names, as a static host would: pages, folders and
 * assets; and says so plainly when that folder holds no site.
 */
class DocsSiteServingTests {

	@TempDir
	Path site;

	private final HttpClient client = HttpClient.newHttpClient();

	@Test
	void servesTheSiteAtDocs() throws Exception {
		Files.writeString(site.resolve("index.html"), "<!DOCTYPE html><title>landing</title>");
		Files.createDirectories(site.resolve("feed"));
		Files.writeString(site.resolve("feed/latest.html"), "<!DOCTYPE html><title>latest</title>");
		Files.createDirectories(site.resolve("source/specs/feed"));
		Files.writeString(site.resolve("source/specs/feed/latest.adoc"), "= The latest tweets");
		try (ConfigurableApplicationContext service = serviceServing(site)) {
			int port = port(service);

			HttpResponse<String> bare = get(port, "/docs");
			assertThat(bare.statusCode()).isEqualTo(302);
			assertThat(bare.headers().firstValue("Location"))
				.hasValueSatisfying(location -> assertThat(location).endsWith("/docs/"));

			HttpResponse<String> landing = get(port, "/docs/");
			assertThat(landing.statusCode()).isEqualTo(200);
			assertThat(landing.body()).contains("<title>landing</title>");

			HttpResponse<String> page = get(port, "/docs/feed/latest.html");
			assertThat(page.statusCode()).isEqualTo(200);
			assertThat(page.headers().firstValue("Content-Type"))
				.hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
			HttpResponse<String> missing = get(port, "/docs/nothing.html");
			assertThat(missing.statusCode()).isEqualTo(404);
			assertThat(missing.headers().firstValue("Content-Type")).hasValue("application/problem+json");

			HttpResponse<String> source = get(port, "/docs/source/specs/feed/latest.adoc");
			assertThat(source.statusCode()).isEqualTo(200);
			assertThat(source.headers().firstValue("Content-Type")).hasValue("text/plain;charset=UTF-8");
		}
	}

	@Test
	void withoutASiteDocsSaysSoAndHowToBuildOne() throws Exception {
		try (ConfigurableApplicationContext service = serviceServing(site.resolve("no-site-here"))) {
			HttpResponse<String> landing = get(port(service), "/docs/");

			assertThat(landing.statusCode()).isEqualTo(404);
			assertThat(landing.headers().firstValue("Content-Type")).hasValue("application/problem+json");
			assertThatJson(landing.body()).inPath("detail")
				.isString()
				.startsWith("No documentation site was built into this deployment.")
				.contains("./mvnw verify");
			assertThat(landing.body()).doesNotContain(site.toString());
		}
	}

	@Test
	void aSiteBuiltWhileTheServiceRunsIsServedFromThenOn() throws Exception {
		try (ConfigurableApplicationContext service = serviceServing(site)) {
			int port = port(service);
			assertThat(get(port, "/docs/").statusCode()).isEqualTo(404);

			Files.writeString(site.resolve("index.html"), "<!DOCTYPE html><title>landing</title>");

			assertThat(get(port, "/docs/").statusCode()).isEqualTo(200);
		}
	}

	private static ConfigurableApplicationContext serviceServing(Path folder) {
		return SpringApplication.run(ExemplarApplication.class, "--server.port=0", "--spring.flyway.enabled=false",
				"--exemplar.docs-site.location=" + folder,
				"--spring.datasource.url=jdbc:postgresql://localhost:1/none");
	}

	private static int port(ConfigurableApplicationContext service) {
		return ((WebServerApplicationContext) service).getWebServer().getPort();
	}

	private HttpResponse<String> get(int port, String path) throws Exception {
		return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
