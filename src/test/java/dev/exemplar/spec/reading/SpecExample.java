package dev.exemplar.spec.reading;

import java.util.ArrayList;
import java.util.List;

import dev.exemplar.spec.results.Listing;

/**
 * One example as its spec states it: Concordion's name for it, the heading a reader sees,
 * its anchor, its heading's line (0 when unknown), whether it is pending, whether it has
 * tables (and so needs the database), and its requests and expected answers.
 */
public record SpecExample(String name, String title, String anchor, int line, boolean pending, boolean needsDatabase,
		List<Listing> listings) {

	SpecExample needingDatabase() {
		return new SpecExample(name, title, anchor, line, pending, true, listings);
	}

	SpecExample with(Listing listing) {
		List<Listing> more = new ArrayList<>(listings);
		more.add(listing);
		return new SpecExample(name, title, anchor, line, pending, needsDatabase, List.copyOf(more));
	}
}
