package dev.exemplar.spec.matching;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.exemplar.spec.grammar.Placeholder;
import dev.exemplar.spec.reading.SourceLine;
import dev.exemplar.spec.reading.SpecError;

/**
 * Values a spec named with {@code ${capture:name}} in one answer and reuses as
 * {@code ${name}} later. They live as long as the spec's run: examples of one spec build
 * on each other, specs do not.
 */
public final class Captures {

	private static final Pattern REFERENCE = Placeholder.captured();

	/** Placeholders of one word: never read as capture names. */

	/** What stands in text the engine writes where a secret would be. */
	public static final String MASK = "********";

	private final Map<String, String> values = new LinkedHashMap<>();

	private final Set<String> secretNames = new HashSet<>();

	private final Set<String> secretValues = new HashSet<>();

	public void put(String name, Object value) {
		values.put(name, String.valueOf(value));
		if (secretNames.contains(name)) {
			secret(String.valueOf(value));
		}
	}

	/**
	 * The capture of this name holds a secret (a password): its value is masked wherever
	 * the engine writes text.
	 */
	public void secretCapture(String name) {
		secretNames.add(name);
		if (values.containsKey(name)) {
			secret(values.get(name));
		}
	}

	/**
	 * A secret value (a password written in a spec, say): masked wherever the engine
	 * writes text.
	 */
	public void secret(String value) {
		if (value != null && !value.isEmpty()) {
			secretValues.add(value);
		}
	}

	/** The text with every secret value masked: for failures, pages and logs. */
	public String mask(String text) {
		if (text == null) {
			return null;
		}
		String masked = text;
		for (String secret : secretValues.stream()
			.sorted(Comparator.comparingInt(String::length).reversed())
			.toList()) {
			masked = masked.replace(secret, MASK);
			String encoded = URLEncoder.encode(secret, StandardCharsets.UTF_8);
			masked = encoded.equals(secret) ? masked : masked.replace(encoded, MASK);
		}
		return masked;
	}

	/**
	 * Replaces each {@code ${name}} by its captured value, as text (a string without its
	 * quotes).
	 */
	public String substitute(String text, SourceLine where) {
		Matcher reference = REFERENCE.matcher(text);
		StringBuilder result = new StringBuilder();
		while (reference.find()) {
			String name = reference.group(1);
			String value = values.get(name);
			if (value == null && !Placeholder.isPlaceholder(name)) {
				throw new SpecError(where,
						"'" + Placeholder.usingCapture(name) + "' is neither a placeholder (" + Placeholders.FAMILY
								+ ") nor a capture set earlier in this spec"
								+ (values.isEmpty() ? "" : " (captured so far: " + values.keySet() + ")"));
			}
			reference.appendReplacement(result, Matcher.quoteReplacement(value != null ? value : reference.group()));
		}
		return reference.appendTail(result).toString();
	}

}
