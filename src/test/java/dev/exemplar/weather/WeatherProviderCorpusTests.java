package dev.exemplar.weather;

import java.net.http.HttpResponse;
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
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every way the weather provider can answer wrongly, over real HTTP (WireMock), each to a
 * lookup of a zip code of its own: the client gets a 502, 503 or 504 problem that names
 * the weather provider (not its URL, not the key), the service logs one line naming the
 * case, keeps nothing (the same lookup asks again), and never answers 500.
 */
class WeatherProviderCorpusTests extends HostileOutsideServicesTest {

	private static final String GOOD = "{\"weather\": [{\"description\": \"light rain\"}], \"main\": {\"temp\": 12.5}, "
			+ "\"dt\": 1764540000, \"name\": \"Mountain View\"}";

	/**
	 * A good answer, padded past the bound (100 KiB) to 1 MB: only the bound refuses it.
	 * (WireMock took longer than the deadline to send 10 MB on a busy machine: the answer
	 * was then late, not too large.)
	 */
	private static final String HUGE = GOOD.replace("}", ", \"padding\": \"" + "x".repeat(1_000_000) + "\"}");

	private static final AtomicInteger ZIPS = new AtomicInteger(61000);

	static Stream<Case> cases() {
		return Stream.of(
				// statuses it should not send
				status(500), status(502), status(503), status(400), status(418),
				new Case("201 with a good body", json(GOOD).withStatus(201), 502, "answered 201"),
				new Case("204 without a body", aResponse().withStatus(204), 502, "answered 204"),
				new Case("401: the key refused", json("{\"cod\": 401}").withStatus(401), 502,
						"refused this service's key"),
				redirect(301), redirect(302), redirect(307),
				// 429, with and without Retry-After
				new Case("429 without Retry-After", tooMany(), 503, "answered 429"),
				busy("429 with Retry-After in seconds", "30"), busy("429 with Retry-After as a date", inTwoMinutes()),
				busy("429 with a Retry-After that is neither", "soon"),
				busy("429 with a Retry-After of years", "99999999"),
				// bodies that are not JSON
				notJson("an HTML page", "<html><body>Welcome</body></html>"), notJson("an empty body", ""),
				notJson("truncated JSON", GOOD.substring(0, 40)),
				notJson("NaN for the temperature", GOOD.replace("12.5", "NaN")),
				notJson("a field given twice", GOOD.replace("\"dt\"", "\"name\": \"Elsewhere\", \"dt\"")),
				new Case("bytes that are not UTF-8", json("").withBody(NOT_UTF8), 502, "not JSON"),
				// JSON of the wrong shape
				shape("an array", "[" + GOOD + "]", "a place"),
				shape("no name", GOOD.replace(", \"name\": \"Mountain View\"", ""), "a place"),
				shape("name null", GOOD.replace("\"Mountain View\"", "null"), "a place"),
				shape("name a number", GOOD.replace("\"Mountain View\"", "94040"), "a place"),
				shape("name blank", GOOD.replace("Mountain View", " "), "a place"),
				shape("weather an object, not an array",
						GOOD.replace("[{\"description\": \"light rain\"}]", "{\"description\": \"light rain\"}"),
						"conditions"),
				shape("weather empty", GOOD.replace("[{\"description\": \"light rain\"}]", "[]"), "conditions"),
				shape("no description", GOOD.replace("\"description\": \"light rain\"", "\"main\": \"Rain\""),
						"conditions"),
				shape("no main", GOOD.replace("\"main\": {\"temp\": 12.5}, ", ""), "main.temp"),
				shape("main a string where an object belongs", GOOD.replace("{\"temp\": 12.5}", "\"mild\""),
						"main.temp"),
				shape("temp a string", GOOD.replace("12.5", "\"12.5\""), "main.temp"),
				shape("temp null", GOOD.replace("12.5", "null"), "main.temp"),
				shape("temp beyond a double", GOOD.replace("12.5", "1e400"), "main.temp"),
				shape("temp of 1000 degrees", GOOD.replace("12.5", "1000"), "main.temp"),
				shape("no dt", GOOD.replace("\"dt\": 1764540000, ", ""), "dt"),
				shape("dt a string", GOOD.replace("1764540000", "\"1764540000\""), "dt"),
				shape("dt a fraction", GOOD.replace("1764540000", "1764540000.5"), "dt"),
				shape("dt beyond 64 bits", GOOD.replace("1764540000", "18446744073709551616"), "dt"),
				shape("dt negative", GOOD.replace("1764540000", "-1"), "dt"),
				shape("dt in the year 33658", GOOD.replace("1764540000", "1000000000000"), "dt"),
				// huge and slow answers
				new Case("a 1 MB body", json(HUGE), 502, "more than 102400 bytes"),
				new Case("a 1 MB body, chunked", json(HUGE).withChunkedDribbleDelay(10, 100), 502,
						"more than 102400 bytes"),
				new Case("a body that trickles in past the deadline",
						json(GOOD).withChunkedDribbleDelay(GOOD.length() / 4, LATE_MILLIS), 504, LATE),
				new Case("headers past the deadline", json(GOOD).withFixedDelay(LATE_MILLIS), 504, LATE),
				// broken connections
				fault(Fault.CONNECTION_RESET_BY_PEER), fault(Fault.EMPTY_RESPONSE),
				fault(Fault.MALFORMED_RESPONSE_CHUNK), fault(Fault.RANDOM_DATA_THEN_CLOSE));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void aLookupMeetingThisAnswerIsRefusedNamingTheWeatherProvider(Case answer, CapturedOutput output) {
		String zip = String.valueOf(ZIPS.incrementAndGet());
		WEATHER_PROVIDER.stubFor(get(urlPathEqualTo("/data/2.5/weather")).withQueryParam("zip", equalTo(zip + ",us"))
			.willReturn(answer.answer()));

		HttpResponse<String> refused = send("GET", "/weather?zip=" + zip, null, null);

		assertThat(refused.statusCode()).isEqualTo(answer.status());
		assertThat(refused.headers().firstValue("Content-Type")).contains("application/problem+json");
		assertThat(refused.body()).contains("\"status\":" + answer.status(), "The weather provider")
			.doesNotContain(WEATHER_KEY, "127.0.0.1", "localhost:" + WEATHER_PROVIDER.port(), "http");
		if (answer.status() == 503) {
			assertThat(refused.headers().firstValue("Retry-After"))
				.hasValueSatisfying(wait -> assertThat(Integer.parseInt(wait)).isBetween(1, 3600));
		}
		assertThat(loggedFor(refused, output)).singleElement()
			.asString()
			.contains("The weather provider", answer.logged())
			.doesNotContain(WEATHER_KEY);
		assertThat(output.getAll()).doesNotContain(WEATHER_KEY);
		assertThat(WEATHER_PROVIDER.countRequestsMatching(getRequestedFor(urlEqualTo(elsewhere(answer.name()))).build())
			.getCount()).as("a redirect is not followed").isZero();

		assertThat(send("GET", "/weather?zip=" + zip, null, null).statusCode()).as("nothing kept: asked again")
			.isEqualTo(answer.status());
		assertThat(WEATHER_PROVIDER
			.countRequestsMatching(
					getRequestedFor(urlPathEqualTo("/data/2.5/weather")).withQueryParam("zip", equalTo(zip + ",us"))
						.build())
			.getCount()).isEqualTo(2);
	}

	private static ResponseDefinitionBuilder tooMany() {
		return json("{\"cod\": 429, \"message\": \"Your account is temporary blocked\"}").withStatus(429);
	}

	private static Case busy(String name, String retryAfter) {
		return busy(tooMany(), name, retryAfter);
	}

	private static Case status(int status) {
		return new Case(status + " with a JSON body",
				json("{\"cod\": " + status + ", \"message\": \"oops\"}").withStatus(status), 502, "answered " + status);
	}

	private static Case redirect(int status) {
		return redirect(WEATHER_PROVIDER, GOOD, status);
	}

	private static Case fault(Fault fault) {
		return new Case(fault.name(), aResponse().withFault(fault), 502,
				"could not be reached or dropped the connection");
	}

}
