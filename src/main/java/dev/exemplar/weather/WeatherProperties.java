package dev.exemplar.weather;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the weather provider answers (OpenWeatherMap's API, or any base URL serving its
 * current-weather call), the key it wants and how long to wait for it. Set from
 * WEATHER_PROVIDER_URL, WEATHER_API_KEY and WEATHER_TIMEOUT (application.properties);
 * under prod the key is required (keyRequired).
 */
@ConfigurationProperties("exemplar.weather")
record WeatherProperties(@DefaultValue("https://api.openweathermap.org") URI providerUrl, String apiKey,
		@DefaultValue("2s") Duration timeout, boolean keyRequired) {

	boolean configured() {
		return apiKey != null && !apiKey.isBlank();
	}

	/** Never the key: a record's own toString would print it. */
	@Override
	public String toString() {
		return "WeatherProperties[providerUrl=" + providerUrl + ", apiKey=" + (configured() ? "(set)" : "(none)")
				+ ", timeout=" + timeout + ", keyRequired=" + keyRequired + "]";
	}
}
