package dev.exemplar.weather;

import java.time.Instant;

/** The current weather at a zip code, as {@code GET /weather} answers it. */
record Weather(String zip, String place, double temperatureC, String conditions, Instant observedAt) {
}
