package dev.exemplar.spec.running;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;

import dev.exemplar.spec.grammar.Placeholder;

/**
 * The captures that examples which were not run would have made: an example after them
 * that uses one is not run either (rather than failing for a value it was never given),
 * with the reason. Read from the examples' text as written.
 */
final class LostCaptures {

	private final Set<String> lost = new LinkedHashSet<>();

	/** Why the example, whose text this is, cannot run, if it uses a lost capture. */
	Optional<String> whyNotRun(String exampleText) {
		Matcher reference = Placeholder.captured().matcher(exampleText);
		Set<String> own = captures(exampleText);
		while (reference.find()) {
			String name = reference.group(1);
			if (lost.contains(name) && !own.contains(name)) {
				return Optional.of("this example uses " + Placeholder.usingCapture(name)
						+ ", which an example before it that was not run would have captured");
			}
		}
		return Optional.empty();
	}

	/** The example, whose text this is, was not run: what it captures is lost. */
	void notRun(String exampleText) {
		lost.addAll(captures(exampleText));
	}

	/** The names the text captures values under. */
	private static Set<String> captures(String text) {
		Set<String> names = new LinkedHashSet<>();
		Matcher found = Placeholder.withinText(text);
		while (found.find()) {
			Placeholder.Use use = Placeholder.use(found);
			if (use.placeholder() == Placeholder.CAPTURE) {
				names.add(use.argument());
			}
		}
		return names;
	}

}
