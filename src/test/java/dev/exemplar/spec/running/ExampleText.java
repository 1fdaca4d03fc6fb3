package dev.exemplar.spec.running;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.exemplar.spec.reading.SpecExample;

/**
 * Each example's text as written: from its heading to the next example's (the text of
 * sections that enclose the next one too); empty when its line is unknown.
 */
final class ExampleText {

	private final List<String> lines;

	private final List<SpecExample> examples;

	/**
	 * Each example's place, by name: whole records would compare their listings too, and
	 * a search per example would make a long spec's run quadratic.
	 */
	private final Map<String, Integer> indexes = new HashMap<>();

	ExampleText(String specText, List<SpecExample> examples) {
		this.lines = specText.lines().toList();
		this.examples = examples;
		for (int i = 0; i < examples.size(); i++) {
			indexes.putIfAbsent(examples.get(i).name(), i);
		}
	}

	String of(SpecExample example) {
		int index = indexes.getOrDefault(example.name(), examples.size());
		int from = example.line() - 1;
		int to = index + 1 < examples.size() ? examples.get(index + 1).line() - 1 : lines.size();
		return from >= 0 && from < to && to <= lines.size() ? String.join("\n", lines.subList(from, to)) : "";
	}

}
