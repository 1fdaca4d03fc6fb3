package dev.exemplar.spec.results;

import java.util.List;

/**
 * One spec as it ran.
 *
 * @param source the spec's path under the specs root, with '/' (e.g.
 * {@code feed/latest.adoc})
 * @param page its executed page under the output folder (see
 * {@link SpecLayout#pageOf(String)})
 * @param title the document's title
 */
public record SpecResult(String source, String page, String title, List<ExampleResult> examples) {

	public SpecResult {
		examples = examples == null ? List.of() : List.copyOf(examples);
	}

	/** The spec's folder under the specs root; "" for a spec at the top. */
	public String chapter() {
		int slash = source.lastIndexOf('/');
		return slash < 0 ? "" : source.substring(0, slash);
	}

	public Tally tally() {
		return Tally.of(examples.stream().map(ExampleResult::status).toList());
	}
}
