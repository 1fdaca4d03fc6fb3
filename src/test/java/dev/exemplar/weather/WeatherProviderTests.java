package dev.exemplar.weather;

import java.net.URI;
import java.time.Duration;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.exemplar.system.errors.OutsideServiceException;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpStatus;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the specs cannot show of the weather lookup, since they run the service with a
 * key: without one it answers 503 saying so, and under prod it does not start; and the
 * key shows nowhere when the provider refuses it.
 */
@ExtendWith(OutputCaptureExtension.class)
class WeatherProviderTests {

	private static final String KEY = "a-secret-key-0123456789";

	private final WireMockServer provider = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());

	@BeforeEach
	void start() {
		provider.start();
	}

	@AfterEach
	void stop() {
		provider.stop();
	}

	@Test
	void withoutAKeyTheLookupIsUnavailableAndSaysWhyWithoutAskingTheProvider() {
		WeatherProvider weather = provider(null, false);

		assertThatThrownBy(() -> weather.current("94040")).isInstanceOfSatisfying(OutsideServiceException.class, e -> {
			assertThat(e.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
			assertThat(e.getMessage()).contains("not configured", "WEATHER_API_KEY");
		});
		assertThat(provider.getAllServeEvents()).isEmpty();
	}

	@Test
	void whereTheKeyIsRequiredTheServiceDoesNotStartWithoutOne() {
		WeatherProperties properties = properties(" ", true);

		assertThatThrownBy(() -> new WeatherConfiguration().weatherProvider(properties))
			.hasMessageContaining("WEATHER_API_KEY");
	}

	@Test
	void aRefusedKeyIsAMisconfigurationThatNeverShowsTheKey(CapturedOutput output) {
		provider.stubFor(get(urlPathEqualTo("/data/2.5/weather")).willReturn(aResponse().withStatus(401)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"cod\": 401, \"message\": \"Invalid API key\"}")));
		WeatherProvider weather = provider(KEY, false);

		assertThatThrownBy(() -> weather.current("94040")).isInstanceOfSatisfying(OutsideServiceException.class, e -> {
			assertThat(e.status()).isEqualTo(HttpStatus.BAD_GATEWAY);
			assertThat(e.getMessage()).contains("misconfigured").doesNotContain(KEY);
			assertThat(e.getCause()).isNull();
		});
		assertThat(provider.getAllServeEvents()).singleElement()
			.satisfies(call -> assertThat(call.getRequest().queryParameter("appid").firstValue()).isEqualTo(KEY));
		assertThat(output.getAll()).doesNotContain(KEY);
		assertThat(properties(KEY, false).toString()).doesNotContain(KEY);
	}

	@Test
	void anUnreachableProviderIsABadGatewayWhoseMessageHoldsNoUrl() {
		WeatherProvider weather = provider(KEY, false);
		provider.stop();

		assertThatThrownBy(() -> weather.current("94040")).isInstanceOfSatisfying(OutsideServiceException.class, e -> {
			assertThat(e.status()).isEqualTo(HttpStatus.BAD_GATEWAY);
			assertThat(e.getMessage()).doesNotContain(KEY).doesNotContain("http");
		});
	}

	private WeatherProvider provider(String key, boolean keyRequired) {
		WeatherProperties properties = properties(key, keyRequired);
		return new WeatherProvider(properties);
	}

	/**
	 * A deadline a busy machine keeps: no case here is about time (the corpus tests are).
	 */
	private WeatherProperties properties(String key, boolean keyRequired) {
		return new WeatherProperties(URI.create(provider.isRunning() ? provider.baseUrl() : "http://127.0.0.1:9"), key,
				Duration.ofSeconds(5), keyRequired);
	}

}
