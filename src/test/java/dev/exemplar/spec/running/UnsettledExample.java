package dev.exemplar.spec.running;

import java.util.List;

import org.concordion.api.Element;

import dev.exemplar.spec.http.HttpExchange;
import dev.exemplar.spec.reading.SpecExample;

/**
 * An example Concordion has run, whose contract checks may still be running: it gets its
 * verdict once they are settled (see {@link ExampleStatusMarks}).
 *
 * @param section the example's section on the page; null when Concordion did not get to
 * the example's end
 * @param failed whether a block of it failed
 * @param problems what went wrong, to which the contract checks add theirs
 */
record UnsettledExample(SpecExample example, Element section, boolean failed, List<String> problems, String skipReason,
		List<HttpExchange> exchanges, List<ContractCheck> checks) {

	/** Whether its contract checks have all come back. */
	boolean checked() {
		return checks.stream().allMatch(check -> check.violations().isDone());
	}
}
