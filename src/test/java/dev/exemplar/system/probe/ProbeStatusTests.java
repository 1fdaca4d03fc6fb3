package dev.exemplar.system.probe;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import dev.exemplar.testsupport.ServiceWithoutDatabase;
import org.junit.jupiter.api.Test;

import static net.javacrumbs.jsonunit.assertj.JsonAssertions.assertThatJson;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a spec cannot show, since specs run against a live database: the probe tells a
 * load balancer when the database is gone.
 */
class ProbeStatusTests {

	@Test
	void probeAnswers503WithAProblemWhenTheDatabaseIsGone() throws Exception {
		try (ServiceWithoutDatabase service = new ServiceWithoutDatabase()) {
			HttpResponse<String> response = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(service.baseUrl().resolve("/probe_status")).build(),
						HttpResponse.BodyHandlers.ofString());

			assertThat(response.statusCode()).isEqualTo(503);
			assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
			assertThatJson(response.body()).inPath("detail")
				.isEqualTo("The database is not answering; try again later.");
		}
	}

}
