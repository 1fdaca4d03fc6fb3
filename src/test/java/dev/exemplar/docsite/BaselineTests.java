package dev.exemplar.docsite;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.exemplar.spec.results.ResultsFile;
import dev.exemplar.spec.results.SuiteResult;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A baseline read from a published site over real HTTP (WireMock): read when it is a
 * results file, refused with a clear message when it is missing, too large, too slow or
 * no results file.
 */
class BaselineTests {

	@TempDir
	Path dir;

	private WireMockServer site;

	@BeforeEach
	void startSite() {
		site = new WireMockServer(options().dynamicPort());
		site.start();
	}

	@AfterEach
	void stopSite() {
		site.stop();
	}

	@Test
	void aPublishedSitesResultsAreReadFromItsAddress() throws IOException {
		Path file = dir.resolve("results.json");
		SuiteResult published = SampleSpecs.results(7, false);
		ResultsFile.write(file, published);
		site.stubFor(get(urlEqualTo("/docs/results.json"))
			.willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(Files.readAllBytes(file))));

		Baseline baseline = Baseline.read(site.baseUrl() + "/docs/", dir);

		assertThat(baseline.results().specs()).isEqualTo(published.specs());
		assertThat(baseline.name()).isEqualTo(site.baseUrl() + "/docs/results.json");
	}

	@Test
	void aSiteNotPublishedTooLargeOrNotResultsIsRefusedSayingSo() {
		site.stubFor(get(urlEqualTo("/missing/results.json")).willReturn(aResponse().withStatus(404)));
		site.stubFor(get(urlEqualTo("/large/results.json")).willReturn(aResponse().withBody(new byte[2048])));
		site.stubFor(get(urlEqualTo("/page/results.json")).willReturn(aResponse().withBody("<html>a page</html>")));

		assertThatThrownBy(() -> Baseline.read(site.baseUrl() + "/missing", dir))
			.hasMessageContaining("answered 404, not 200");
		assertThatThrownBy(
				() -> Baseline.fetch(URI.create(site.baseUrl() + "/large/results.json"), 1024, Duration.ofSeconds(30)))
			.hasMessageContaining("is larger than 1024 bytes");
		assertThatThrownBy(() -> Baseline.read(site.baseUrl() + "/page/results.json", dir))
			.hasMessageContaining("is not a results file of the spec engine");
	}

	@Test
	void aSiteThatDoesNotAnswerInTimeIsRefused() {
		site.stubFor(get(urlEqualTo("/slow/results.json"))
			.willReturn(aResponse().withFixedDelay(5_000).withBody("{\"format\": 2, \"specs\": []}")));

		assertThatThrownBy(
				() -> Baseline.fetch(URI.create(site.baseUrl() + "/slow/results.json"), 1024, Duration.ofSeconds(1)))
			.hasMessageContaining("did not answer within 1 s");
	}

}
