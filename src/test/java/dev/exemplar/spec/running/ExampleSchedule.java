package dev.exemplar.spec.running;

import java.io.IOException;
import java.util.Optional;
import java.util.function.Function;

import dev.exemplar.spec.reading.SpecExample;

/**
 * When a spec's examples run: in document order (the ones before may be left out, not
 * reordered), one example ahead. While an example's contract checks are still running
 * (they go on in the background), the next example is run ahead, so that the checks take
 * no time of their own; the example's verdict waits for its checks all the same, and the
 * example run ahead is settled only in its turn, so that verdicts come in order.
 */
final class ExampleSchedule {

	private final Processing processing;

	private final Function<UnsettledExample, ExampleVerdict> settling;

	/**
	 * The example run ahead while the one before waited for its contract checks; null
	 * when none was.
	 */
	private UnsettledExample ahead;

	/**
	 * @param processing runs an example through Concordion
	 * @param settling gives a run example its verdict, once its checks are back
	 */
	ExampleSchedule(Processing processing, Function<UnsettledExample, ExampleVerdict> settling) {
		this.processing = processing;
		this.settling = settling;
	}

	/**
	 * Runs the example (unless it ran ahead) and, while its checks are running, the next
	 * one; the example's verdict.
	 * @param next the example that runs after this one, if any
	 */
	ExampleVerdict run(SpecExample example, Optional<SpecExample> next) throws IOException {
		UnsettledExample ran = ahead != null && ahead.example().name().equals(example.name()) ? ahead
				: processing.process(example);
		ahead = null;
		if (next.isPresent() && !ran.checked()) {
			ahead = processing.process(next.get());
		}
		return settling.apply(ran);
	}

	/**
	 * Settles the example run ahead, when the run stopped before its turn came: its page
	 * shows it with its status.
	 */
	void finish() {
		if (ahead != null) {
			settling.apply(ahead);
			ahead = null;
		}
	}

	/** Runs an example through Concordion; its contract checks may still be running. */
	@FunctionalInterface
	interface Processing {

		UnsettledExample process(SpecExample example) throws IOException;

	}

}
