package dev.exemplar.signin;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;

import com.github.tomakehurst.wiremock.matching.RequestPattern;
import org.junit.jupiter.api.Test;

import dev.exemplar.testsupport.HostileOutsideServicesTest;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.unauthorized;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the sign-in spec cannot show of the cache of the users service's verdicts:
 * concurrent requests with one new token make one call; a refusal is kept too; and a
 * token sent to public routes is never looked at.
 */
class IntrospectionCacheTests extends HostileOutsideServicesTest {

	@Test
	void tenConcurrentWritesWithOneNewTokenAskTheUsersServiceOnceAndTenMoreNever() throws Exception {
		String token = "concurrent-writer-token";
		vouch(token, 11);
		List<Callable<HttpResponse<String>>> writes = IntStream.rangeClosed(1, 10)
			.mapToObj(exercise -> (Callable<HttpResponse<String>>) () -> write(token, 11, exercise))
			.toList();

		List<HttpResponse<String>> answers = whileTheFirstIsInFlight(USERS_SERVICE_ARRIVALS, asked(token), writes);
		IntStream.rangeClosed(11, 20)
			.forEach(exercise -> assertThat(write(token, 11, exercise).statusCode()).isEqualTo(201));

		assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(201).hasSize(10);
		assertThat(USERS_SERVICE.countRequestsMatching(asked(token)).getCount()).isOne();
	}

	@Test
	void aRefusedTokenIsKeptToo() {
		String token = "refused-twice-token";
		USERS_SERVICE.stubFor(get("/auth/status").withHeader("Authorization", equalTo("Bearer " + token))
			.willReturn(unauthorized().withHeader("Content-Type", "application/json")
				.withBody("{\"status\": \"fail\", \"message\": \"Invalid token.\"}")));

		assertThat(List.of(write(token, 12, 1), write(token, 12, 2))).extracting(HttpResponse::statusCode)
			.containsOnly(401);
		assertThat(USERS_SERVICE.countRequestsMatching(asked(token)).getCount()).isOne();
	}

	@Test
	void aTokenSentToPublicRoutesIsNeverLookedAt() {
		String token = "junk-token-on-reads";

		List<HttpResponse<String>> reads = List.of(send("GET", "/latest", token, null),
				send("GET", "/scores", token, null), send("GET", "/openapi.yaml", token, null),
				send("GET", "/probe_status", token, null));

		assertThat(reads).extracting(HttpResponse::statusCode).containsOnly(200);
		assertThat(USERS_SERVICE.countRequestsMatching(asked(token)).getCount()).isZero();
	}

	private void vouch(String token, long user) {
		USERS_SERVICE.stubFor(get("/auth/status").withHeader("Authorization", equalTo("Bearer " + token))
			.willReturn(okJson("{\"status\": \"success\", \"data\": {\"id\": " + user + ", \"active\": true}}")));
	}

	private HttpResponse<String> write(String token, long user, int exercise) {
		return send("PUT", "/users/" + user + "/exercises/" + exercise + "/score", token, "{\"correct\": true}");
	}

	private static RequestPattern asked(String token) {
		return getRequestedFor(urlEqualTo("/auth/status")).withHeader("Authorization", equalTo("Bearer " + token))
			.build();
	}

}
