package dev.exemplar.weather;

import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.exemplar.system.NotFoundException;
import dev.exemplar.system.OutsideServiceException;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * Asks the weather provider (OpenWeatherMap's current-weather call) for the weather at a US zip code, and keeps the
 * answer in the cache {@value #CACHE} for the time application.properties says. Every way the provider can fail
 * becomes an {@link OutsideServiceException} (or a 404 for a zip it does not know) whose message never holds the key.
 */
class WeatherProvider {

    static final String CACHE = "weather";

    /** The provider's answer is read loosely, as a tree: it has many fields this service does not use. */
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final WeatherProperties properties;
    private final RestClient client;

    WeatherProvider(WeatherProperties properties, RestClient client) {
        this.properties = properties;
        this.client = client;
    }

    @Cacheable(CACHE)
    public Weather current(String zip) {
        if (!properties.configured()) {
            throw new OutsideServiceException(HttpStatus.SERVICE_UNAVAILABLE,
                    "The weather lookup is not configured: the service has no key for the weather provider (WEATHER_API_KEY).");
        }
        Answer answer;
        try {
            answer = client.get()
                    .uri(uri -> uri.path("/data/2.5/weather").queryParam("zip", zip + ",us")
                            .queryParam("appid", properties.apiKey()).queryParam("units", "metric").build())
                    .exchange((request, response) -> new Answer(response.getStatusCode(), response.getHeaders().getFirst("Retry-After"),
                            new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8)), true);
        }
        catch (ResourceAccessException e) {
            if (e.getCause() instanceof HttpTimeoutException) {
                throw new OutsideServiceException(HttpStatus.GATEWAY_TIMEOUT,
                        "The weather provider did not answer within " + properties.timeout().toMillis() + " ms; try again later.");
            }
            throw new OutsideServiceException(HttpStatus.BAD_GATEWAY, "The weather provider could not be reached; try again later.");
        }
        return read(zip, answer.successfulBody(zip));
    }

    /** What the provider answered, read whole before it is judged (the client's exchange wraps what it throws). */
    private record Answer(HttpStatusCode status, String retryAfter, String body) {

        String successfulBody(String zip) {
            if (status.is2xxSuccessful()) {
                return body;
            }
            throw refusal(zip, status, retryAfter);
        }
    }

    private static RuntimeException refusal(String zip, HttpStatusCode status, String retryAfter) {
        if (status.value() == 404) {
            return new NotFoundException("The weather provider knows no US zip code " + zip + ".");
        }
        if (status.value() == 401 || status.value() == 403) {
            return new OutsideServiceException(HttpStatus.BAD_GATEWAY,
                    "The weather provider refused this service's key: the service is misconfigured; its operators have been told.");
        }
        if (status.value() == 429) {
            return new OutsideServiceException(HttpStatus.SERVICE_UNAVAILABLE,
                    "The weather provider is limiting this service's calls; try again later.", retryAfter(retryAfter));
        }
        return new OutsideServiceException(HttpStatus.BAD_GATEWAY,
                "The weather provider failed (it answered " + status.value() + "); try again later.");
    }

    private static Duration retryAfter(String header) {
        try {
            return header == null ? Duration.ofMinutes(1) : Duration.ofSeconds(Long.parseLong(header.strip()));
        }
        catch (NumberFormatException e) {
            return Duration.ofMinutes(1); // an HTTP date, or nonsense: a minute is the provider's own window
        }
    }

    private static Weather read(String zip, String body) {
        try {
            JsonNode answer = JSON.readTree(body);
            JsonNode place = answer.path("name");
            JsonNode temperature = answer.path("main").path("temp");
            JsonNode conditions = answer.path("weather").path(0).path("description");
            JsonNode observed = answer.path("dt");
            if (place.isString() && temperature.isNumber() && conditions.isString() && observed.isIntegralNumber()) {
                return new Weather(zip, place.asString(), temperature.asDouble(), conditions.asString(),
                        Instant.ofEpochSecond(observed.asLong()));
            }
        }
        catch (JacksonException e) {
            // not JSON: as unusable as JSON without the fields
        }
        throw new OutsideServiceException(HttpStatus.BAD_GATEWAY,
                "The weather provider answered something other than the current weather; try again later.");
    }
}
