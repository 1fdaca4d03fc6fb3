package dev.exemplar.weather;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.exemplar.system.errors.BadRequestException;
import dev.exemplar.system.errors.NotFoundException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class WeatherController {

	/** Five digits, optionally followed by the provider's country code for the US. */
	private static final Pattern ZIP = Pattern.compile("(\\d{5})(?:,us)?", Pattern.CASE_INSENSITIVE);

	private final WeatherProvider provider;

	WeatherController(WeatherProvider provider) {
		this.provider = provider;
	}

	@GetMapping("/weather")
	Weather weather(@RequestParam String zip) {
		Matcher valid = ZIP.matcher(zip.strip());
		if (!valid.matches()) {
			throw new BadRequestException(
					"'zip' must be a US zip code of 5 digits, optionally followed by ',us' (94040 or 94040,us).");
		}
		return provider.current(valid.group(1))
			.orElseThrow(
					() -> new NotFoundException("The weather provider knows no US zip code " + valid.group(1) + "."));
	}

}
