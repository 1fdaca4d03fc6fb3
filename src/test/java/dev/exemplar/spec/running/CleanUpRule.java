package dev.exemplar.spec.running;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import dev.exemplar.spec.api.ConfigurationKeys;
import dev.exemplar.spec.http.HttpExchange;

/**
 * Which answers created something the engine removes when the spec ends
 * ({@link ConfigurationKeys#CLEAN_UP_CREATED}): a {@code 201} whose {@code Location} has
 * a path one of the globs matches.
 */
public record CleanUpRule(List<Pattern> paths) {

	public static CleanUpRule of(List<String> globs) {
		return new CleanUpRule(globs.stream().filter(glob -> !glob.isBlank()).map(CleanUpRule::regex).toList());
	}

	/** The Location of what the answer created, when the engine is to remove it. */
	Optional<String> created(HttpExchange exchange) {
		if (exchange.status() != 201 || paths.isEmpty()) {
			return Optional.empty();
		}
		return exchange.responseHeaders().firstValue("Location").filter(location -> {
			try {
				String path = URI.create(location.strip()).getRawPath();
				return path != null && paths.stream().anyMatch(pattern -> pattern.matcher(path).matches());
			}
			catch (IllegalArgumentException e) {
				return false; // not a URI: the contract check says so; nothing the engine
								// can delete
			}
		}).map(String::strip);
	}

	/**
	 * {@code *} is one path segment, {@code **} any number, {@code ?} one character of a
	 * segment.
	 */
	private static Pattern regex(String glob) {
		StringBuilder regex = new StringBuilder();
		String text = glob.strip();
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '*' && i + 1 < text.length() && text.charAt(i + 1) == '*') {
				regex.append(".*");
				i++;
			}
			else if (c == '*') {
				regex.append("[^/]*");
			}
			else if (c == '?') {
				regex.append("[^/]");
			}
			else {
				regex.append(Pattern.quote(String.valueOf(c)));
			}
		}
		return Pattern.compile(regex.toString());
	}
}
