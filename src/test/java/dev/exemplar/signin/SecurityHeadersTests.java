package dev.exemplar.signin;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.exemplar.testsupport.RawHttp;
import dev.exemplar.testsupport.ServiceTest;
import dev.exemplar.testsupport.UsersServiceStandIn;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring Security's headers as an API with a docs site wants them, one test per header,
 * over real HTTP.
 */
@ServiceTest
class SecurityHeadersTests {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Test
	void everyAnswerSaysNosniff() throws Exception {
		List<HttpResponse<String>> answers = List.of(send("GET", "/latest", null), send("GET", "/nothing-here", null),
				send("POST", "/databases", null), send("POST", "/scores", UsersServiceStandIn.token(41)),
				send("GET", "/docs/", null), send("GET", "/openapi.yaml", null));

		assertThat(answers).allSatisfy(answer -> assertThat(answer.headers().firstValue("X-Content-Type-Options"))
			.as("%s %s", answer.request().uri(), answer.statusCode())
			.contains("nosniff"));
		assertThat(answers).extracting(HttpResponse::statusCode).contains(200, 404, 401, 400);
		RawHttp.Response refusedByTomcat = RawHttp.send(port,
				"GET /a|b HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
		assertThat(refusedByTomcat.status()).isEqualTo(400);
		assertThat(refusedByTomcat.headers()).containsEntry("x-content-type-options", "nosniff");
	}

	@Test
	void noDatabasesAnswerIsStored() throws Exception {
		String token = UsersServiceStandIn.token(42);
		HttpResponse<String> created = send("POST", "/databases", token);
		assertThat(created.statusCode()).isEqualTo(201);
		String location = created.headers().firstValue("Location").orElseThrow();
		String database = URI.create(location).getPath();
		List<HttpResponse<String>> answers = List.of(created, send("GET", "/databases", token),
				send("GET", database, token), send("POST", database + "/password", token),
				send("GET", "/databases", null), send("DELETE", database, token));

		assertThat(answers).extracting(HttpResponse::statusCode).containsExactly(201, 200, 200, 200, 401, 204);
		assertThat(answers).allSatisfy(answer -> assertThat(cacheControl(answer.headers()))
			.as("%s %s", answer.request().method(), answer.request().uri())
			.contains("no-store"));
	}

	@Test
	void aSignedInWriteIsNotStoredButAPublicReadMayBe() throws Exception {
		HttpResponse<String> write = send("POST", "/scores", UsersServiceStandIn.token(43));
		HttpResponse<String> read = send("GET", "/latest", UsersServiceStandIn.token(43));

		assertThat(cacheControl(write.headers())).contains("no-store");
		assertThat(cacheControl(read.headers())).doesNotContain("no-store");
	}

	@Test
	void theDocsCannotBeFramedByOtherSites() throws Exception {
		for (String path : List.of("/docs/", "/docs/index.html", "/openapi.yaml")) {
			HttpHeaders headers = send("GET", path, null).headers();

			assertThat(headers.firstValue("X-Frame-Options")).as(path).contains("SAMEORIGIN");
			assertThat(headers.firstValue("Content-Security-Policy")).as(path).contains("frame-ancestors 'self'");
		}
	}

	@Test
	void strictTransportSecurityOnlyOverHttps() throws Exception {
		HttpResponse<String> plain = send("GET", "/latest", null);
		HttpRequest behindTls = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/latest"))
			.header("X-Forwarded-Proto", "https")
			.build();
		HttpResponse<String> overHttps = HTTP.send(behindTls, HttpResponse.BodyHandlers.ofString());

		assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
		assertThat(overHttps.headers().firstValue("Strict-Transport-Security"))
			.contains("max-age=31536000 ; includeSubDomains");
	}

	private static String cacheControl(HttpHeaders headers) {
		return String.join(", ", headers.allValues("Cache-Control"));
	}

	private HttpResponse<String> send(String method, String path, String token)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.method(method,
					method.equals("GET") || method.equals("DELETE") ? HttpRequest.BodyPublishers.noBody()
							: HttpRequest.BodyPublishers.ofString("{}"))
			.header("Content-Type", "application/json");
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
