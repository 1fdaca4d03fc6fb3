package dev.exemplar.spec.results;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * What a results file says of the run that wrote it.
 *
 * @param format the format it was written in ({@link ResultsFile#FORMAT} for a run of
 * this version)
 * @param ranAt when the run ended; null in format 1
 * @param commit the commit its specs were at, as the site that published it knew it; null
 * when no site stamped it
 */
public record RunOrigin(int format, Instant ranAt, String commit) {

	private static final DateTimeFormatter READABLE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
		.withZone(ZoneOffset.UTC);

	/** A run of this version ending now, at no known commit. */
	public static RunOrigin now() {
		return new RunOrigin(ResultsFile.FORMAT, Instant.now().truncatedTo(ChronoUnit.SECONDS), null);
	}

	/** Whether its examples record their listings (format 2 on). */
	public boolean recordsListings() {
		return format >= 2;
	}

	public RunOrigin atCommit(String commit) {
		return new RunOrigin(format, ranAt, commit);
	}

	/**
	 * "2026-12-06 02:00 UTC, commit 1a2b3c" as far as it is known; "an earlier run" when
	 * nothing is.
	 */
	public String describe() {
		String when = ranAt == null ? null : READABLE.format(ranAt);
		String which = commit == null || commit.isBlank() ? null : "commit " + commit;
		if (when == null && which == null) {
			return "an earlier run";
		}
		return when == null ? which : which == null ? when : when + ", " + which;
	}
}
