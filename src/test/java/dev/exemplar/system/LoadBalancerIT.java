package dev.exemplar.system;

import dev.exemplar.testsupport.IntegrationTest;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static net.javacrumbs.jsonunit.assertj.JsonAssertions.assertThatJson;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the nginx configuration itself does, whatever is behind it: Debian's nginx runs
 * the template compose.yaml uses (see {@link Nginx}) in front of a WireMock that records
 * what it is sent. The service's side (links built from what nginx forwards, failing
 * over) is ScaleOutIT's.
 */
@IntegrationTest
class LoadBalancerIT {

	private final WireMockServer upstream = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());

	@BeforeEach
	void startUpstream() {
		upstream.start();
		upstream.stubFor(any(anyUrl()).willReturn(ok("answered by the upstream")));
	}

	@AfterEach
	void stopUpstream() {
		upstream.stop();
	}

	@Test
	void theInstancesAreToldTheClientsAddressAndTheDeploymentsHostWhateverTheClientClaims() throws Exception {
		try (Nginx nginx = nginx("forwarded", "10r/s", 10)) {
			HttpResponse<String> answer = send(nginx,
					HttpRequest.newBuilder(nginx.https("/latest"))
						.header("X-Forwarded-For", "203.0.113.7")
						.header("X-Forwarded-Host", "elsewhere.example")
						.header("X-Forwarded-Proto", "http")
						.header("X-Forwarded-Port", "80")
						.header("Forwarded", "for=203.0.113.7;proto=http;host=elsewhere.example")
						.build());

			assertThat(answer.body()).isEqualTo("answered by the upstream");
			assertThat(answer.headers().allValues("Server")).as("server_tokens off: no version")
				.containsExactly("nginx");
			LoggedRequest forwarded = upstream.getAllServeEvents().get(0).getRequest();
			assertThat(forwarded.getHeader("X-Forwarded-For")).isEqualTo("127.0.0.1");
			assertThat(forwarded.getHeader("Host")).isEqualTo(Nginx.HOST + ":" + nginx.https("/").getPort());
			assertThat(forwarded.getHeader("X-Forwarded-Proto")).isEqualTo("https");
			assertThat(forwarded.getHeader("X-Forwarded-Port")).isEqualTo(String.valueOf(nginx.https("/").getPort()));
			assertThat(forwarded.containsHeader("X-Forwarded-Host")).isFalse();
			assertThat(forwarded.containsHeader("Forwarded")).isFalse();
		}
	}

	@Test
	void aClientOverTheRateLimitIsAnsweredAProblem() throws Exception {
		try (Nginx nginx = nginx("rate-limit", "1r/m", 1)) {
			List<HttpResponse<String>> answers = new ArrayList<>();
			for (int i = 0; i < 3; i++) {
				answers.add(send(nginx, HttpRequest.newBuilder(nginx.https("/scores?user_id=" + i)).build()));
			}

			assertThat(answers).extracting(HttpResponse::statusCode).containsExactly(200, 200, 429);
			HttpResponse<String> refused = answers.get(2);
			assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
			assertThat(refused.headers().firstValue("Retry-After")).hasValue("1");
			assertThatJson(refused.body()).isEqualTo("""
					{"title": "Too Many Requests", "status": 429, "detail": "${json-unit.any-string}"}""");
			assertThat(upstream.getAllServeEvents()).as("the refused request never reached an instance").hasSize(2);
		}
	}

	@Test
	void plainHttpIsSentToHttpsAtTheDeploymentsHostKeepingTheMethod() throws Exception {
		try (Nginx nginx = nginx("redirect", "10r/s", 10)) {
			HttpResponse<String> answer = send(nginx,
					HttpRequest.newBuilder(nginx.http("/scores?user_id=1"))
						.POST(HttpRequest.BodyPublishers.ofString("{}"))
						.build());

			assertThat(answer.statusCode()).isEqualTo(308);
			assertThat(answer.headers().firstValue("Location")).hasValue(nginx.publicOrigin() + "/scores?user_id=1");
			assertThat(upstream.getAllServeEvents()).as("nothing is sent on in clear text").isEmpty();
		}
	}

	@Test
	void whenNoInstanceCanBeReachedNginxAnswersAProblemWorthRetrying() throws Exception {
		String nowhere = "127.0.0.1:" + upstream.port();
		upstream.stop();
		Path folder = Path.of("target/load-balancer-nginx", "no-instance");
		try (Nginx nginx = new Nginx(folder, "10r/s", 10, nowhere, nowhere)) {
			HttpResponse<String> answer = send(nginx, HttpRequest.newBuilder(nginx.https("/latest")).build());

			assertThat(answer.statusCode()).isEqualTo(503);
			assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
			assertThat(answer.headers().firstValue("Retry-After")).hasValue("5");
			assertThatJson(answer.body()).isEqualTo("""
					{"title": "Service Unavailable", "status": 503, "detail": "${json-unit.any-string}"}""");
		}
	}

	@Test
	void aBodyOverNginxsLimitIsAnsweredAProblemWithoutReachingAnInstance() throws Exception {
		try (Nginx nginx = nginx("too-large", "10r/s", 10)) {
			HttpResponse<String> answer = send(nginx,
					HttpRequest.newBuilder(nginx.https("/tweets"))
						.POST(HttpRequest.BodyPublishers.ofString("x".repeat(2 * 1024 * 1024)))
						.build());

			assertThat(answer.statusCode()).isEqualTo(413);
			assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
			assertThatJson(answer.body()).isEqualTo("""
					{"title": "Content Too Large", "status": 413, "detail": "${json-unit.any-string}"}""");
			assertThat(upstream.getAllServeEvents()).isEmpty();
		}
	}

	private Nginx nginx(String name, String rateLimit, int burst) throws Exception {
		String instance = "127.0.0.1:" + upstream.port();
		return new Nginx(Path.of("target/load-balancer-nginx", name), rateLimit, burst, instance, instance);
	}

	private static HttpResponse<String> send(Nginx nginx, HttpRequest request) throws Exception {
		return nginx.client().build().send(request, HttpResponse.BodyHandlers.ofString());
	}

}
