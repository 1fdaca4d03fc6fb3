package dev.exemplar.docsite;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.exemplar.spec.results.ExampleResult;
import dev.exemplar.spec.results.Listing;
import dev.exemplar.spec.results.RunOrigin;
import dev.exemplar.spec.results.SpecResult;
import dev.exemplar.spec.results.SuiteResult;

/**
 * What changed in behaviour between a baseline run and this one, example by example. An
 * example is the same one in both runs when, in this order: it has the same anchor in the
 * same spec (or in the spec that spec moved to); else the same requests and expected
 * answers (their digest) anywhere; else the same heading anywhere, unique on both sides.
 * A spec moved when one that is gone and one that is new have the same title, or the new
 * one holds at least half of the gone one's examples.
 */
final class Changes {

	/** How an example differs from its baseline. */
	enum Kind {

		ADDED, CHANGED, REMOVED

	}

	/**
	 * One example that differs: {@code now} is null when removed, {@code before} when
	 * added; {@code moved} when it now stands in another spec than the one its spec
	 * became.
	 */
	record Entry(Kind kind, SpecResult spec, ExampleResult now, SpecResult beforeSpec, ExampleResult before,
			boolean comparesListings, boolean moved) {

		boolean requestChanged() {
			return kind == Kind.CHANGED && comparesListings
					&& !now.text(Listing.Kind.REQUEST).equals(before.text(Listing.Kind.REQUEST));
		}

		boolean answerChanged() {
			return kind == Kind.CHANGED && comparesListings
					&& !now.text(Listing.Kind.EXPECTED_ANSWER).equals(before.text(Listing.Kind.EXPECTED_ANSWER));
		}

		boolean statusChanged() {
			return kind == Kind.CHANGED && now.status() != before.status();
		}

		boolean renamed() {
			return kind == Kind.CHANGED && !now.name().equals(before.name());
		}

		/** The spec it is listed under: where it is, or, removed, where it was. */
		SpecResult listedUnder() {
			return kind == Kind.REMOVED ? beforeSpec : spec;
		}

		/** Its entry's id on the page of changes. */
		String id() {
			ExampleResult example = kind == Kind.REMOVED ? before : now;
			return "change-" + Anchors.slug(listedUnder().source().replaceFirst("\\.adoc$", "")) + "-"
					+ Anchors.slug(example.anchor());
		}
	}

	/** A spec whose file is now another. */
	record SpecMove(SpecResult before, SpecResult now) {
	}

	private final RunOrigin baseline;

	private final String baselineName;

	private final List<SpecResult> specsAdded = new ArrayList<>();

	private final List<SpecResult> specsRemoved = new ArrayList<>();

	private final List<SpecMove> specsMoved = new ArrayList<>();

	private final List<Entry> entries = new ArrayList<>();

	/** Baseline source → source now, for specs that moved. */
	private final Map<String, String> moves = new HashMap<>();

	private int unchanged;

	private Changes(RunOrigin baseline, String baselineName) {
		this.baseline = baseline;
		this.baselineName = baselineName;
	}

	/**
	 * @param baselineName where the baseline was read, as the page names it
	 */
	static Changes between(SuiteResult baseline, String baselineName, SuiteResult now) {
		Changes changes = new Changes(baseline.origin(), baselineName);
		changes.compare(baseline, now);
		return changes;
	}

	private record Placed(SpecResult spec, ExampleResult example) {
	}

	private void compare(SuiteResult baselineRun, SuiteResult run) {
		boolean comparesListings = baseline.recordsListings();
		Map<String, SpecResult> before = bySource(baselineRun.specs());
		Map<String, SpecResult> now = bySource(run.specs());
		List<SpecResult> gone = before.values().stream().filter(spec -> !now.containsKey(spec.source())).toList();
		List<SpecResult> fresh = new ArrayList<>(
				now.values().stream().filter(spec -> !before.containsKey(spec.source())).toList());
		for (SpecResult old : gone) {
			Optional<SpecResult> movedTo = fresh.stream().filter(spec -> sameSpec(old, spec)).findFirst();
			if (movedTo.isPresent()) {
				specsMoved.add(new SpecMove(old, movedTo.get()));
				moves.put(old.source(), movedTo.get().source());
				fresh.remove(movedTo.get());
			}
			else {
				specsRemoved.add(old);
			}
		}
		specsAdded.addAll(fresh);

		List<Placed> unmatchedBefore = new ArrayList<>(placed(baselineRun.specs()));
		List<Placed> unmatchedNow = new ArrayList<>(placed(run.specs()));
		Map<Placed, Placed> pairs = new LinkedHashMap<>();
		// the same anchor in the same spec, or in the spec it moved to
		match(unmatchedBefore, unmatchedNow, pairs,
				placed -> moves.getOrDefault(placed.spec().source(), placed.spec().source()) + "#"
						+ placed.example().anchor(),
				placed -> placed.spec().source() + "#" + placed.example().anchor());
		if (comparesListings) {
			match(unmatchedBefore, unmatchedNow, pairs, placed -> placed.example().contentDigest(),
					placed -> placed.example().contentDigest());
		}
		match(unmatchedBefore, unmatchedNow, pairs, placed -> placed.example().name(),
				placed -> placed.example().name());

		Map<Placed, Placed> pairOfNow = pairs.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey));
		for (Placed current : placed(run.specs())) {
			Placed old = pairOfNow.get(current);
			if (old == null) {
				entries
					.add(new Entry(Kind.ADDED, current.spec(), current.example(), null, null, comparesListings, false));
				continue;
			}
			boolean moved = !current.spec()
				.source()
				.equals(moves.getOrDefault(old.spec().source(), old.spec().source()));
			Entry entry = new Entry(Kind.CHANGED, current.spec(), current.example(), old.spec(), old.example(),
					comparesListings, moved);
			if (entry.requestChanged() || entry.answerChanged() || entry.statusChanged() || entry.moved()
					|| entry.renamed()) {
				entries.add(entry);
			}
			else {
				unchanged++;
			}
		}
		for (Placed old : unmatchedBefore) {
			entries.add(new Entry(Kind.REMOVED, null, null, old.spec(), old.example(), comparesListings, false));
		}
	}

	/**
	 * Pairs the examples left on either side whose keys (empty: none) are equal and
	 * unique on both.
	 */
	private static void match(List<Placed> before, List<Placed> now, Map<Placed, Placed> pairs,
			Function<Placed, String> keyBefore, Function<Placed, String> keyNow) {
		Map<String, List<Placed>> oldByKey = before.stream()
			.collect(Collectors.groupingBy(keyBefore, LinkedHashMap::new, Collectors.toList()));
		Map<String, List<Placed>> newByKey = now.stream()
			.collect(Collectors.groupingBy(keyNow, LinkedHashMap::new, Collectors.toList()));
		oldByKey.forEach((key, olds) -> {
			List<Placed> news = newByKey.get(key);
			if (!key.isEmpty() && olds.size() == 1 && news != null && news.size() == 1) {
				pairs.put(olds.get(0), news.get(0));
				before.remove(olds.get(0));
				now.remove(news.get(0));
			}
		});
	}

	private static boolean sameSpec(SpecResult old, SpecResult candidate) {
		if (Objects.equals(old.title(), candidate.title())) {
			return true;
		}
		List<String> oldKeys = old.examples().stream().map(Changes::identity).toList();
		long kept = candidate.examples().stream().map(Changes::identity).filter(oldKeys::contains).count();
		return !oldKeys.isEmpty() && kept * 2 >= oldKeys.size();
	}

	private static String identity(ExampleResult example) {
		String digest = example.contentDigest();
		return digest.isEmpty() ? example.name() : digest;
	}

	private static Map<String, SpecResult> bySource(Collection<SpecResult> specs) {
		Map<String, SpecResult> bySource = new LinkedHashMap<>();
		specs.forEach(spec -> bySource.putIfAbsent(spec.source(), spec));
		return bySource;
	}

	private static List<Placed> placed(List<SpecResult> specs) {
		return specs.stream()
			.flatMap(spec -> spec.examples().stream().map(example -> new Placed(spec, example)))
			.toList();
	}

	RunOrigin baseline() {
		return baseline;
	}

	String baselineName() {
		return baselineName;
	}

	List<SpecResult> specsAdded() {
		return specsAdded;
	}

	List<SpecResult> specsRemoved() {
		return specsRemoved;
	}

	List<SpecMove> specsMoved() {
		return specsMoved;
	}

	List<Entry> entries() {
		return entries;
	}

	int unchanged() {
		return unchanged;
	}

	long count(Kind kind) {
		return entries.stream().filter(entry -> entry.kind() == kind).count();
	}

	boolean none() {
		return entries.isEmpty() && specsAdded.isEmpty() && specsRemoved.isEmpty() && specsMoved.isEmpty();
	}

	/** The entry of an example of this run, if it differs from the baseline. */
	Optional<Entry> of(String specSource, String anchor) {
		return entries.stream()
			.filter(entry -> entry.kind() != Kind.REMOVED && entry.spec().source().equals(specSource)
					&& entry.now().anchor().equals(anchor))
			.findFirst();
	}

}
