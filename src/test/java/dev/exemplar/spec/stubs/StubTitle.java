package dev.exemplar.spec.stubs;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;

import dev.exemplar.spec.grammar.Titles;

/**
 * The title of a listing that speaks of an outside service:
 * {@code Given the users service answers},
 * {@code Given the weather provider answers after 3 s},
 * {@code Given the users service fails the connection}, or
 * {@code Then the weather provider was asked once} (twice, 3 times, never; without a
 * count: at least once).
 *
 * @param service the outside service, as {@link OutsideService#name()}
 * @param given a stub (else a check of the calls made)
 * @param delay how late the stub answers
 * @param fails the stub drops the connection instead of answering
 * @param times how often the call was made, when the check says
 */
public record StubTitle(String service, boolean given, Duration delay, boolean fails, OptionalInt times) {

	public static Optional<StubTitle> read(String title) {
		if (title == null) {
			return Optional.empty();
		}
		Matcher given = Titles.STUB.matcher(title.strip());
		if (given.matches()) {
			Duration delay = given.group(3) == null ? Duration.ZERO
					: given.group(4).equalsIgnoreCase("ms") ? Duration.ofMillis(Long.parseLong(given.group(3)))
							: Duration.ofSeconds(Long.parseLong(given.group(3)));
			return Optional.of(new StubTitle(OutsideService.normalize(given.group(1)), true, delay,
					given.group(5) != null, OptionalInt.empty()));
		}
		Matcher then = Titles.CALLS_CHECK.matcher(title.strip());
		if (then.matches()) {
			String count = then.group(2) != null ? "never" : then.group(3);
			OptionalInt times = count == null ? OptionalInt.empty() : switch (count.toLowerCase()) {
				case "once" -> OptionalInt.of(1);
				case "twice" -> OptionalInt.of(2);
				case "never" -> OptionalInt.of(0);
				default -> OptionalInt.of(Integer.parseInt(then.group(4)));
			};
			return Optional
				.of(new StubTitle(OutsideService.normalize(then.group(1)), false, Duration.ZERO, false, times));
		}
		return Optional.empty();
	}

	/**
	 * Whether a spec's text may speak of an outside service: a line that holds such a
	 * phrase anywhere (a {@code .Given
	 * the … answers} title, a {@code title="…"} attribute, prose that reads so), or an
	 * {@code include::}, whose file might. It may say yes when the spec has none (then
	 * the stand-ins start for nothing); it never says no when it has.
	 */
	public static boolean mayBeIn(String specText) {
		String lower = specText.toLowerCase(Locale.ROOT);
		if (!lower.contains("include::") && Titles.OUTSIDE_WORDS.stream().noneMatch(lower::contains)) {
			return false; // the usual spec, told without trying the patterns at every
							// character of every line
		}
		return specText.lines()
			.map(String::strip)
			.anyMatch(line -> line.startsWith("include::") || Titles.OUTSIDE_ANYWHERE.matcher(line).find());
	}

	/** A stub that answers has its answer in the listing that follows. */
	public boolean awaitsAnswer() {
		return given && !fails;
	}
}
