package dev.exemplar.signin;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.exemplar.testsupport.HostileOutsideServicesTest;

import org.springframework.boot.test.system.CapturedOutput;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every way the users service can answer wrongly, over real HTTP (WireMock), each to a
 * write: the client gets a 502 or 503 problem that names the users service (not its URL,
 * not the token), the service logs one line naming the case, writes nothing, keeps
 * nothing (the same write asks again), and never answers 500.
 */
class UsersServiceCorpusTests extends HostileOutsideServicesTest {

	private static final String GOOD = "{\"status\": \"success\", \"data\": {\"id\": 7, \"username\": \"ada\", \"active\": true}}";

	/**
	 * A good answer, padded past the bound (256 KiB) to 1 MB: only the bound refuses it.
	 * (WireMock took longer than the deadline to send 10 MB on a busy machine: the answer
	 * was then late, not too large.)
	 */
	private static final String HUGE = GOOD.replace("}}", ", \"padding\": \"" + "x".repeat(1_000_000) + "\"}}");

	/**
	 * An exercise of each case's own, so that a case that writes shows in its own check
	 * only.
	 */
	private static final AtomicInteger EXERCISES = new AtomicInteger(1000);

	static Stream<Case> cases() {
		return Stream.of(
				// statuses it should not send
				status(500), status(502), status(503), status(400), status(404), status(418),
				new Case("201 with a good body", json(GOOD).withStatus(201), 502, "answered 201"),
				new Case("204 without a body", aResponse().withStatus(204), 502, "answered 204"), redirect(301),
				redirect(302), redirect(307),
				// 429, with and without Retry-After
				new Case("429 without Retry-After", tooMany(), 503, "answered 429"),
				busy("429 with Retry-After in seconds", "30"), busy("429 with Retry-After as a date", inTwoMinutes()),
				busy("429 with a Retry-After that is neither", "soon"),
				// bodies that are not JSON
				notJson("an HTML page", "<html><body>Welcome</body></html>"), notJson("an empty body", ""),
				notJson("truncated JSON", GOOD.substring(0, 30)), notJson("NaN for the id", GOOD.replace("7", "NaN")),
				notJson("a field given twice", GOOD.replace("\"id\": 7", "\"id\": 7, \"id\": 8")),
				new Case("bytes that are not UTF-8", json("").withBody(NOT_UTF8), 502, "not JSON"),
				// JSON of the wrong shape
				shape("no status", "{\"data\": {\"id\": 7, \"active\": true}}", "status"),
				shape("status fail with 200", GOOD.replace("success", "fail"), "status"),
				shape("status as a number", GOOD.replace("\"success\"", "1"), "status"),
				shape("an array", "[" + GOOD + "]", "status"), shape("a string", "\"success\"", "status"),
				shape("no data", "{\"status\": \"success\"}", "data.id"),
				shape("data null", "{\"status\": \"success\", \"data\": null}", "data.id"),
				shape("data a string where an object belongs", "{\"status\": \"success\", \"data\": \"7\"}", "data.id"),
				shape("no id", GOOD.replace("\"id\": 7, ", ""), "data.id"),
				shape("id null", GOOD.replace("7", "null"), "data.id"),
				shape("id a string", GOOD.replace("7", "\"7\""), "data.id"),
				shape("id a fraction", GOOD.replace("7", "7.5"), "data.id"),
				shape("id in exponent notation", GOOD.replace("7", "7e0"), "data.id"),
				shape("id beyond 64 bits", GOOD.replace("7", "18446744073709551616"), "data.id"),
				shape("id of 0", GOOD.replace("7", "0"), "data.id"),
				shape("id negative", GOOD.replace("7", "-7"), "data.id"),
				shape("no active", GOOD.replace(", \"active\": true", ""), "data.active"),
				shape("active a string", GOOD.replace("true", "\"true\""), "data.active"),
				shape("active null", GOOD.replace("true", "null"), "data.active"),
				// huge and slow answers
				new Case("a 1 MB body", json(HUGE), 502, "more than 262144 bytes"),
				new Case("a 1 MB body, chunked", json(HUGE).withChunkedDribbleDelay(10, 100), 502,
						"more than 262144 bytes"),
				new Case("a body that trickles in past the deadline",
						json(GOOD).withChunkedDribbleDelay(GOOD.length(), LATE_MILLIS), 503, LATE),
				new Case("headers past the deadline", json(GOOD).withFixedDelay(LATE_MILLIS), 503, LATE),
				// broken connections
				fault(Fault.CONNECTION_RESET_BY_PEER), fault(Fault.EMPTY_RESPONSE),
				fault(Fault.MALFORMED_RESPONSE_CHUNK), fault(Fault.RANDOM_DATA_THEN_CLOSE));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void aWriteMeetingThisAnswerIsRefusedNamingTheUsersService(Case answer, CapturedOutput output) {
		String token = "corpus-" + answer.name().replaceAll("[^A-Za-z0-9]+", "-");
		USERS_SERVICE.stubFor(get("/auth/status").withHeader("Authorization", equalTo("Bearer " + token))
			.willReturn(answer.answer()));
		int exercise = EXERCISES.incrementAndGet();
		String write = "{\"user_id\": 7, \"exercise_id\": " + exercise + ", \"correct\": true}";

		HttpResponse<String> refused = send("POST", "/scores", token, write);

		assertThat(refused.statusCode()).isEqualTo(answer.status());
		assertThat(refused.headers().firstValue("Content-Type")).contains("application/problem+json");
		assertThat(refused.body()).contains("\"status\":" + answer.status(), "The users service")
			.doesNotContain(token, "127.0.0.1", "localhost:" + USERS_SERVICE.port(), "http");
		if (answer.status() == 503) {
			assertThat(refused.headers().firstValue("Retry-After"))
				.hasValueSatisfying(wait -> assertThat(Integer.parseInt(wait)).isBetween(1, 3600));
		}
		assertThat(loggedFor(refused, output)).singleElement()
			.asString()
			.contains("The users service", answer.logged())
			.doesNotContain(token);
		assertThat(output.getAll()).doesNotContain(token);
		assertThat(USERS_SERVICE.countRequestsMatching(getRequestedFor(urlEqualTo(elsewhere(answer.name()))).build())
			.getCount()).as("a redirect is not followed").isZero();

		assertThat(send("POST", "/scores", token, write).statusCode()).as("nothing kept: asked again")
			.isEqualTo(answer.status());
		assertThat(USERS_SERVICE
			.countRequestsMatching(
					getRequestedFor(urlEqualTo("/auth/status")).withHeader("Authorization", equalTo("Bearer " + token))
						.build())
			.getCount()).isEqualTo(2);
		assertThat(send("GET", "/scores?user_id=7&exercise_id=" + exercise, null, null).body()).as("nothing written")
			.contains("\"total\":0");
	}

	private static ResponseDefinitionBuilder tooMany() {
		return json("{\"status\": \"fail\", \"message\": \"Too many requests\"}").withStatus(429);
	}

	private static Case busy(String name, String retryAfter) {
		return busy(tooMany(), name, retryAfter);
	}

	private static Case status(int status) {
		return new Case(status + " with a JSON body",
				json("{\"status\": \"fail\", \"message\": \"oops\"}").withStatus(status), 502, "answered " + status);
	}

	private static Case redirect(int status) {
		return redirect(USERS_SERVICE, GOOD, status);
	}

	private static Case fault(Fault fault) {
		return new Case(fault.name(), aResponse().withFault(fault), 503,
				"could not be reached or dropped the connection");
	}

}
