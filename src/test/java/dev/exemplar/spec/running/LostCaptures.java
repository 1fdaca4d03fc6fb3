package dev.exemplar.spec.running;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The captures that examples which were not run would have made: an example after them
 * that uses one is not run either (rather than failing for a value it was never given),
 * with the reason. Read from the examples' text as written.
 */
final class LostCaptures {

	private static final Pattern CAPTURE = Pattern.compile("\\$\\{capture:([^}]+)}");

	private static final Pattern REFERENCE = Pattern.compile("\\$\\{([^}:]+)}");

	private final Set<String> lost = new LinkedHashSet<>();

	/** Why the example, whose text this is, cannot run, if it uses a lost capture. */
	Optional<String> whyNotRun(String exampleText) {
		Matcher reference = REFERENCE.matcher(exampleText);
		Set<String> own = names(CAPTURE, exampleText);
		while (reference.find()) {
			String name = reference.group(1);
			if (lost.contains(name) && !own.contains(name)) {
				return Optional.of("this example uses ${" + name
						+ "}, which an example before it that was not run would have captured");
			}
		}
		return Optional.empty();
	}

	/** The example, whose text this is, was not run: what it captures is lost. */
	void notRun(String exampleText) {
		lost.addAll(names(CAPTURE, exampleText));
	}

	private static Set<String> names(Pattern pattern, String text) {
		Set<String> names = new LinkedHashSet<>();
		Matcher matcher = pattern.matcher(text);
		while (matcher.find()) {
			names.add(matcher.group(1));
		}
		return names;
	}

}
