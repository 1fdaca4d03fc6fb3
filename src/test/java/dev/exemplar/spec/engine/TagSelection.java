package dev.exemplar.spec.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.platform.engine.ConfigurationParameters;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.launcher.PostDiscoveryFilter;
import org.junit.platform.launcher.TagFilter;

import dev.exemplar.spec.api.ConfigurationKeys;

/**
 * Which examples the run's tag expressions ({@link ConfigurationKeys#GROUPS},
 * {@link ConfigurationKeys#EXCLUDED_GROUPS}) select, evaluated by JUnit's own tag filter.
 * The engine applies it itself: examples are registered as their spec runs, after JUnit
 * has filtered what discovery found.
 */
final class TagSelection {

	private final List<PostDiscoveryFilter> filters;

	/** The expressions as given: {@code groups=smoke}. */
	private final List<String> given;

	private TagSelection(List<PostDiscoveryFilter> filters, List<String> given) {
		this.filters = filters;
		this.given = given;
	}

	static TagSelection read(ConfigurationParameters parameters) {
		List<PostDiscoveryFilter> filters = new ArrayList<>();
		List<String> given = new ArrayList<>();
		value(parameters, ConfigurationKeys.GROUPS).ifPresent(groups -> {
			filters.add(TagFilter.includeTags(groups));
			given.add(ConfigurationKeys.GROUPS + "=" + groups);
		});
		value(parameters, ConfigurationKeys.EXCLUDED_GROUPS).ifPresent(excluded -> {
			filters.add(TagFilter.excludeTags(excluded));
			given.add(ConfigurationKeys.EXCLUDED_GROUPS + "=" + excluded);
		});
		return new TagSelection(filters, given);
	}

	/** Why an example it does not select is left out. */
	String whyLeftOut() {
		return "their tags do not match " + String.join(", ", given);
	}

	/** Whether an example so tagged runs. */
	boolean selects(Set<TestTag> tags) {
		TestDescriptor tagged = new Tagged(tags);
		return filters.stream().allMatch(filter -> filter.apply(tagged).included());
	}

	/**
	 * The tags a spec shows JUnit's filter: those of its examples that run, so the filter
	 * keeps a spec with one; all its examples' when no expression is given.
	 */
	Set<TestTag> ofSpec(List<Set<TestTag>> examples) {
		List<Set<TestTag>> selected = examples.stream().filter(this::selects).toList();
		Set<TestTag> union = new LinkedHashSet<>();
		(selected.isEmpty() ? examples : selected).forEach(union::addAll);
		// an expression such as !(a & b) may refuse the union of two it takes
		return selects(union) || selected.isEmpty() ? union : selected.get(0);
	}

	private static Optional<String> value(ConfigurationParameters parameters, String key) {
		return parameters.get(key).map(String::strip).filter(value -> !value.isEmpty());
	}

	/** What JUnit's tag filter reads of a descriptor: its tags. */
	private static final class Tagged extends AbstractTestDescriptor {

		private final Set<TestTag> tags;

		Tagged(Set<TestTag> tags) {
			super(UniqueId.root("tags", "selection"), "tags");
			this.tags = tags;
		}

		@Override
		public Type getType() {
			return Type.TEST;
		}

		@Override
		public Set<TestTag> getTags() {
			return tags;
		}

	}

}
