package dev.exemplar.spec.running;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.exemplar.spec.grammar.SpecAttribute;
import dev.exemplar.spec.reading.SpecExample;

/**
 * What a spec, or one of its examples, needs of the run besides the service, as the spec
 * says: {@code :needs: empty-database} in its header (every example), or
 * {@code [needs=empty-database]} above an example's heading. The one need there is, an
 * empty database, a run meets when the engine reaches the service's database (it empties
 * it before each spec); against a deployed service the example is not run, with the
 * reason. Read from the spec's text, as written.
 */
final class SpecNeeds {

	static final String EMPTY_DATABASE = "empty-database";

	static final String NOT_EMPTY = "this example needs an empty database (needs=" + EMPTY_DATABASE
			+ "), which a run against a deployed service cannot promise: it holds whatever data it holds";

	private final List<String> lines;

	private final Set<String> specNeeds = new LinkedHashSet<>();

	private final List<String> mistakes = new ArrayList<>();

	/**
	 * @param specText the spec as written
	 * @param specName the spec as messages name it
	 */
	SpecNeeds(String specText, String specName) {
		this.lines = specText.lines().toList();
		for (SpecAttribute.Written need : SpecAttribute.NEEDS.inHeader(lines)) {
			specNeeds.add(known(need, specName));
		}
		SpecAttribute.NEEDS.onSections(lines).forEach(need -> known(need, specName));
	}

	/** Needs the engine does not know, by file and line: the spec does not run. */
	List<String> mistakes() {
		return mistakes;
	}

	/**
	 * Why the example cannot run here, if it cannot.
	 * @param databaseReached whether the engine empties the service's database before the
	 * spec
	 */
	Optional<String> unmet(SpecExample example, boolean databaseReached) {
		if (databaseReached) {
			return Optional.empty();
		}
		return needs(example).contains(EMPTY_DATABASE) ? Optional.of(NOT_EMPTY) : Optional.empty();
	}

	/** The spec's needs and those of the attribute lines right above its heading. */
	private Set<String> needs(SpecExample example) {
		Set<String> needs = new LinkedHashSet<>(specNeeds);
		SpecAttribute.NEEDS.aboveHeading(lines, example.line()).forEach(need -> needs.add(need.value()));
		return needs;
	}

	private String known(SpecAttribute.Written need, String specName) {
		if (!need.value().equals(EMPTY_DATABASE)) {
			mistakes.add(specName + ":" + need.line() + ": the engine knows no need '" + need.value()
					+ "': the one it knows is " + EMPTY_DATABASE);
		}
		return need.value();
	}

}
