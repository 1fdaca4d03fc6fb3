package dev.exemplar.spec.results;

import java.util.List;

/** What one run of the specs did: every spec that ran, in the order they ran. */
public record SuiteResult(List<SpecResult> specs) {

	public SuiteResult {
		specs = specs == null ? List.of() : List.copyOf(specs);
	}

	public Tally tally() {
		return specs.stream().map(SpecResult::tally).reduce(Tally.NONE, Tally::plus);
	}
}
