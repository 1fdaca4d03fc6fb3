package dev.exemplar.spec.results;

import java.util.Collection;

/** Examples counted by status. */
public record Tally(int passed, int failed, int pending, int ignored) {

	public static final Tally NONE = new Tally(0, 0, 0, 0);

	public static Tally of(Collection<ExampleStatus> statuses) {
		Tally tally = NONE;
		for (ExampleStatus status : statuses) {
			tally = tally.plus(status);
		}
		return tally;
	}

	public Tally plus(ExampleStatus status) {
		return switch (status) {
			case PASSED -> new Tally(passed + 1, failed, pending, ignored);
			case FAILED -> new Tally(passed, failed + 1, pending, ignored);
			case PENDING -> new Tally(passed, failed, pending + 1, ignored);
			case IGNORED -> new Tally(passed, failed, pending, ignored + 1);
		};
	}

	public Tally plus(Tally other) {
		return new Tally(passed + other.passed, failed + other.failed, pending + other.pending,
				ignored + other.ignored);
	}

	public int total() {
		return passed + failed + pending + ignored;
	}

	/**
	 * The status that speaks for the whole: failed over pending over passed; ignored when
	 * nothing ran.
	 */
	public ExampleStatus worst() {
		if (failed > 0) {
			return ExampleStatus.FAILED;
		}
		if (pending > 0) {
			return ExampleStatus.PENDING;
		}
		return passed > 0 ? ExampleStatus.PASSED : ExampleStatus.IGNORED;
	}

	/** "5 passed, 1 failed, 0 pending" (and ", 2 not run" when some were not). */
	@Override
	public String toString() {
		return passed + " passed, " + failed + " failed, " + pending + " pending"
				+ (ignored > 0 ? ", " + ignored + " not run" : "");
	}
}
