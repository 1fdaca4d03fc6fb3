package dev.exemplar.weather;

import java.net.http.HttpResponse;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;

import com.github.tomakehurst.wiremock.matching.RequestPattern;
import org.junit.jupiter.api.Test;

import dev.exemplar.testsupport.HostileOutsideServicesTest;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the weather specs cannot show: concurrent lookups of a zip code not yet kept make
 * one call to the provider.
 */
class WeatherLookupConcurrencyTests extends HostileOutsideServicesTest {

	@Test
	void tenConcurrentLookupsOfANewZipCodeAskTheProviderOnce() throws Exception {
		String zip = "59001";
		weather(zip);
		RequestPattern asked = getRequestedFor(urlPathEqualTo("/data/2.5/weather"))
			.withQueryParam("zip", equalTo(zip + ",us"))
			.build();
		Callable<HttpResponse<String>> lookup = () -> send("GET", "/weather?zip=" + zip, null, null);

		List<HttpResponse<String>> answers = whileTheFirstIsInFlight(WEATHER_PROVIDER_ARRIVALS, asked,
				Collections.nCopies(10, lookup));

		assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(200).hasSize(10);
		assertThat(answers).extracting(HttpResponse::body)
			.allSatisfy(body -> assertThat(body).contains("\"place\":\"Laurel\""));
		assertThat(WEATHER_PROVIDER.countRequestsMatching(asked).getCount()).isOne();
	}

	private static void weather(String zip) {
		WEATHER_PROVIDER.stubFor(get(urlPathEqualTo("/data/2.5/weather")).withQueryParam("zip", equalTo(zip + ",us"))
			.willReturn(okJson("{\"weather\": [{\"description\": \"haze\"}], \"main\": {\"temp\": 3.5}, "
					+ "\"dt\": 1764540000, \"name\": \"Laurel\"}")));
	}

}
