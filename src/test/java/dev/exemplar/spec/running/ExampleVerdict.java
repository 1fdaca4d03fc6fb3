package dev.exemplar.spec.running;

import java.util.List;

import dev.exemplar.spec.http.HttpExchange;
import dev.exemplar.spec.reading.SpecExample;
import dev.exemplar.spec.results.ExampleResult;
import dev.exemplar.spec.results.ExampleStatus;
import dev.exemplar.spec.results.Exchange;

/**
 * What one example did: its status, what went wrong (one problem each, file:line first),
 * why it did not run (or null), and the requests it sent.
 */
public record ExampleVerdict(SpecExample example, ExampleStatus status, List<String> problems, String skipReason,
		List<HttpExchange> exchanges) {

	static ExampleStatus status(boolean failed, boolean pending, String skipReason) {
		if (skipReason != null && !failed) {
			return ExampleStatus.IGNORED;
		}
		if (pending) {
			// a pending example that passes is reported as a failure: its marker must
			// come off
			return failed ? ExampleStatus.PENDING : ExampleStatus.FAILED;
		}
		return failed ? ExampleStatus.FAILED : ExampleStatus.PASSED;
	}

	ExampleResult result() {
		return new ExampleResult(example.title(), example.anchor(), status,
				exchanges.stream()
					.map(exchange -> new Exchange(exchange.method(), exchange.target(), exchange.status()))
					.toList(),
				example.listings());
	}
}
