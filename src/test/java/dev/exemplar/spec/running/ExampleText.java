package dev.exemplar.spec.running;

import java.util.List;

import dev.exemplar.spec.reading.SpecExample;

/**
 * Each example's text as written: from its heading to the next example's (the text of
 * sections that enclose the next one too); empty when its line is unknown.
 */
final class ExampleText {

	private final List<String> lines;

	private final List<SpecExample> examples;

	ExampleText(String specText, List<SpecExample> examples) {
		this.lines = specText.lines().toList();
		this.examples = examples;
	}

	String of(SpecExample example) {
		int index = 0; // found by name: whole records would compare their listings too
		while (index < examples.size() && !examples.get(index).name().equals(example.name())) {
			index++;
		}
		int from = example.line() - 1;
		int to = index + 1 < examples.size() ? examples.get(index + 1).line() - 1 : lines.size();
		return from >= 0 && from < to && to <= lines.size() ? String.join("\n", lines.subList(from, to)) : "";
	}

}
