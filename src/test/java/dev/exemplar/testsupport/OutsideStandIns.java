package dev.exemplar.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * For {@code ./mvnw spring-boot:test-run}: local stand-ins (WireMock) for the outside
 * services, with a few canned answers (README, "Trying it out"), so that a new user needs
 * no account anywhere. An outside service whose URL the environment gives
 * (WEATHER_PROVIDER_URL, USERS_SERVICE_URL) is used instead of its stand-in.
 */
public final class OutsideStandIns {

	/**
	 * The weather provider's key when WEATHER_API_KEY is not set: the stand-in takes any.
	 */
	static final String DEMO_WEATHER_KEY = "demo-key";

	private static final Logger log = LoggerFactory.getLogger(OutsideStandIns.class);

	private OutsideStandIns() {
	}

	/**
	 * @return the arguments that point the service at the stand-ins started for what the
	 * environment does not give
	 */
	public static List<String> start(Map<String, String> environment) {
		List<String> arguments = new ArrayList<>();
		if (!environment.containsKey("WEATHER_PROVIDER_URL")) {
			WireMockServer provider = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
			provider.start();
			provider.stubFor(get(urlPathEqualTo("/data/2.5/weather")).atPriority(10)
				.willReturn(aResponse().withStatus(404)
					.withHeader("Content-Type", "application/json")
					.withBody("{\"cod\": \"404\", \"message\": \"city not found\"}")));
			weather(provider, "94040", "Mountain View", 12.5, "light rain");
			weather(provider, "10001", "New York", -1.5, "clear sky");
			weather(provider, "73301", "Austin", 21.5, "few clouds");
			Runtime.getRuntime().addShutdownHook(new Thread(provider::stop));
			arguments.add("--exemplar.weather.provider-url=" + provider.baseUrl());
			log.info(
					"The weather provider is a local stand-in at {} (94040, 10001 and 73301 have weather; set WEATHER_PROVIDER_URL for a real one)",
					provider.baseUrl());
		}
		if (!environment.containsKey("USERS_SERVICE_URL")) {
			arguments.add("--exemplar.users-service.url=" + UsersServiceStandIn.url());
			log.info(
					"The users service is a local stand-in at {}: it vouches for README's demo token as user 1 (set USERS_SERVICE_URL for a real one)",
					UsersServiceStandIn.url());
		}
		if (!environment.containsKey("WEATHER_API_KEY")) {
			arguments.add("--exemplar.weather.api-key=" + DEMO_WEATHER_KEY);
		}
		return arguments;
	}

	private static void weather(WireMockServer provider, String zip, String place, double temperature,
			String conditions) {
		provider
			.stubFor(get(urlPathEqualTo("/data/2.5/weather")).withQueryParam("zip", equalTo(zip + ",us"))
				.atPriority(1)
				.willReturn(okJson("{\"weather\": [{\"description\": \"" + conditions + "\"}], \"main\": {\"temp\": "
						+ temperature + "}, \"dt\": " + System.currentTimeMillis() / 1000 + ", \"name\": \"" + place
						+ "\"}")));
	}

}
