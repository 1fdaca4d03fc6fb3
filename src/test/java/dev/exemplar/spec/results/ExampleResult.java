package dev.exemplar.spec.results;

import java.util.List;

/**
 * One example of a spec.
 *
 * @param name its heading
 * @param anchor its heading's id on the executed page
 */
public record ExampleResult(String name, String anchor, ExampleStatus status, List<Exchange> exchanges) {

	public ExampleResult {
		exchanges = exchanges == null ? List.of() : List.copyOf(exchanges);
	}
}
