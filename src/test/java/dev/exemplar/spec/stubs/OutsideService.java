package dev.exemplar.spec.stubs;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * An outside service the service under specification calls, as its configuration names
 * it.
 *
 * @param name as specs name it ({@code users service}): lower case, words separated by
 * one space
 * @param property the property that points the service at it, which the engine sets to
 * its stand-in's URL
 * @param contract the outside service's own OpenAPI document, which every call and
 * stubbed answer must keep
 */
public record OutsideService(String name, String property, Optional<Path> contract) {

	/**
	 * {@code users-service} in a configuration key is {@code users service} in a spec.
	 */
	public static String nameOf(String keyPart) {
		return normalize(keyPart.replace('-', ' '));
	}

	static String normalize(String name) {
		return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}
}
