package dev.exemplar.weather;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;

import dev.exemplar.system.infrastructure.OutsideCall;
import dev.exemplar.system.errors.OutsideServiceException;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.http.HttpStatus;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Asks the weather provider (OpenWeatherMap's current-weather call) for the weather at a
 * US zip code, and keeps the answer in the cache {@value #CACHE} for the time
 * application.properties says: the weather, or (empty) the provider's "not found", which
 * is as stable. One call for concurrent lookups of a zip code not yet kept ({@code sync}:
 * the others wait for its answer). The answer is read as any outside answer is
 * ({@link OutsideCall}: one deadline, a bounded body, no redirect), its shape checked
 * before any of it is used; every way the provider can fail becomes an
 * {@link OutsideServiceException} (not kept) whose message never holds the key.
 */
class WeatherProvider {

	static final String CACHE = "weather";

	/**
	 * Its answer is under a kilobyte: a hundred times that is no answer of the weather
	 * provider.
	 */
	static final int MAX_ANSWER_BYTES = 100 * 1024;

	/**
	 * How long a client is told to wait when the provider limits the service's calls and
	 * does not say: its window.
	 */
	private static final Duration RETRY_AFTER = Duration.ofMinutes(1);

	/**
	 * Colder or hotter than any weather on Earth: a temperature out of this range is no
	 * measurement.
	 */
	private static final double COLDEST_C = -100;

	private static final double HOTTEST_C = 100;

	private static final String NONSENSE = "The weather provider answered something other than the current weather; try again later.";

	private final WeatherProperties properties;

	private final OutsideCall call;

	WeatherProvider(WeatherProperties properties) {
		this.properties = properties;
		this.call = new OutsideCall(properties.timeout(), MAX_ANSWER_BYTES);
	}

	/**
	 * @return the current weather at the zip code; empty when the provider knows no such
	 * zip code
	 */
	@Cacheable(cacheNames = CACHE, sync = true)
	public Optional<Weather> current(String zip) {
		if (!properties.configured()) {
			throw new OutsideServiceException(HttpStatus.SERVICE_UNAVAILABLE,
					"The weather lookup is not configured: the service has no key for the weather provider "
							+ "(WEATHER_API_KEY).");
		}
		URI uri = UriComponentsBuilder.fromUri(properties.providerUrl())
			.path("/data/2.5/weather")
			.queryParam("zip", zip + ",us")
			.queryParam("appid", properties.apiKey())
			.queryParam("units", "metric")
			.encode()
			.build()
			.toUri();
		OutsideCall.Answer answer;
		try {
			answer = call.get(uri, Map.of("Accept", "application/json"));
		}
		catch (OutsideCall.Failed e) {
			throw failure(e);
		}
		return switch (answer.status()) {
			case 200 -> Optional.of(read(zip, answer.json()));
			case 404 -> Optional.empty();
			case 401, 403 -> throw new OutsideServiceException(HttpStatus.BAD_GATEWAY, "The weather provider refused "
					+ "this service's key: the service is misconfigured; its operators have been told.");
			case 429 -> throw new OutsideServiceException(HttpStatus.SERVICE_UNAVAILABLE,
					"The weather provider is limiting this service's calls; try again later.",
					answer.retryAfter(RETRY_AFTER), "The weather provider answered 429: it limits the service's calls");
			default -> throw new OutsideServiceException(HttpStatus.BAD_GATEWAY,
					"The weather provider failed (it answered " + answer.status() + "); try again later.");
		};
	}

	/** A timeout as the specs and guides write it: "2 s", or "500 ms". */
	private static String readable(Duration duration) {
		return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
	}

	private OutsideServiceException failure(OutsideCall.Failed e) {
		String logLine = "The weather provider " + e.getMessage();
		return switch (e.why()) {
			case TIMED_OUT -> new OutsideServiceException(HttpStatus.GATEWAY_TIMEOUT, "The weather provider did not "
					+ "answer within " + readable(call.deadline()) + "; try again later.", null, logLine);
			case TOO_LARGE -> new OutsideServiceException(HttpStatus.BAD_GATEWAY, NONSENSE, null, logLine);
			case UNREACHABLE -> new OutsideServiceException(HttpStatus.BAD_GATEWAY,
					"The weather provider could not be reached; try again later.", null, logLine);
		};
	}

	private static Weather read(String zip, JsonNode answer) {
		if (answer.isMissingNode()) {
			throw nonsense("answered 200 with a body that is not JSON");
		}
		JsonNode place = answer.path("name");
		JsonNode temperature = answer.path("main").path("temp");
		JsonNode conditions = answer.path("weather").path(0).path("description");
		JsonNode observed = answer.path("dt");
		if (!place.isString() || place.asString().isBlank() || !conditions.isString()
				|| conditions.asString().isBlank()) {
			throw nonsense("answered 200 without a place (name) or conditions (weather[0].description) as text");
		}
		if (!temperature.isNumber() || !(temperature.asDouble() >= COLDEST_C && temperature.asDouble() <= HOTTEST_C)) {
			throw nonsense(
					"answered 200 without a temperature (main.temp) from " + COLDEST_C + " to " + HOTTEST_C + " °C");
		}
		if (!observed.isIntegralNumber() || !observed.canConvertToLong() || observed.asLong() < 0
				|| observed.asLong() > Instant.now().plus(Duration.ofDays(1)).getEpochSecond()) {
			throw nonsense("answered 200 without a time of observation (dt, seconds since 1970, not in the future)");
		}
		return new Weather(zip, place.asString(), temperature.asDouble(), conditions.asString(),
				Instant.ofEpochSecond(observed.asLong()));
	}

	private static OutsideServiceException nonsense(String what) {
		return new OutsideServiceException(HttpStatus.BAD_GATEWAY, NONSENSE, null, "The weather provider " + what);
	}

}
