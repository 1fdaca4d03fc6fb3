package dev.exemplar.spec.results;

import java.util.List;

/**
 * What one run of the specs did: every spec that ran, in the order they ran, and when.
 */
public record SuiteResult(List<SpecResult> specs, RunOrigin origin) {

	public SuiteResult {
		specs = specs == null ? List.of() : List.copyOf(specs);
		origin = origin == null ? RunOrigin.now() : origin;
	}

	/** A run of this version, ending now. */
	public SuiteResult(List<SpecResult> specs) {
		this(specs, RunOrigin.now());
	}

	public Tally tally() {
		return specs.stream().map(SpecResult::tally).reduce(Tally.NONE, Tally::plus);
	}
}
