package dev.exemplar.spec.grammar;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages of the listings the engine runs or reads ({@code [source,http]}); a
 * listing marked with a language near one of them (one or two letters off) is taken for a
 * typo, the spec's mistake.
 */
public enum Language {

	HTTP("http", "HTTP"), JSON("json", "JSON"), TEXT("text", "text"), SQL("sql", "SQL");

	/**
	 * How far (in letters added, removed, replaced or swapped) a typo may stray: one, so
	 * that {@code html} is not taken for {@code http}.
	 */
	private static final int NEAR = 1;

	private final String name;

	private final String named;

	Language(String name, String named) {
		this.name = name;
		this.named = named;
	}

	public String written() {
		return name;
	}

	/** What a message calls a listing of it: "this JSON block", "a SQL block". */
	public String named() {
		return named;
	}

	/**
	 * How an author marks a listing with it, as a message asks: {@code [source,http]}.
	 */
	public String marked() {
		return marking(name);
	}

	/**
	 * How a listing is marked with this language, known or not, and these roles:
	 * {@code [source,htpp]}, {@code [source,json,role=illustrative]}.
	 */
	public static String marking(String language, Role... roles) {
		StringBuilder marking = new StringBuilder("[source,").append(language);
		for (Role role : roles) {
			marking.append(",role=").append(role.written());
		}
		return marking.append(']').toString();
	}

	/** The known language a listing is marked with, if it is one. */
	public static Optional<Language> of(String language) {
		return Arrays.stream(values()).filter(known -> known.is(language)).findFirst();
	}

	/** Whether a listing's language is this one. */
	public boolean is(String language) {
		return name.equals(language);
	}

	/**
	 * The known language a listing's unknown one was likely meant as ({@code htpp},
	 * {@code jsn}, {@code sq}): one edit away, and not a one-letter language.
	 */
	public static Optional<Language> near(String language) {
		if (language == null || Arrays.stream(values()).anyMatch(known -> known.is(language))) {
			return Optional.empty();
		}
		String lower = language.toLowerCase(Locale.ROOT);
		return Arrays.stream(values())
			.filter(known -> lower.length() > 1 && distance(lower, known.name) <= NEAR)
			.min(Comparator.comparingInt(known -> distance(lower, known.name)));
	}

	/** Optimal string alignment distance: insertions, deletions, substitutions, swaps. */
	static int distance(String a, String b) {
		int[][] d = new int[a.length() + 1][b.length() + 1];
		for (int i = 0; i <= a.length(); i++) {
			d[i][0] = i;
		}
		for (int j = 0; j <= b.length(); j++) {
			d[0][j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			for (int j = 1; j <= b.length(); j++) {
				int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
				d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
				if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
					d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
				}
			}
		}
		return d[a.length()][b.length()];
	}

}
