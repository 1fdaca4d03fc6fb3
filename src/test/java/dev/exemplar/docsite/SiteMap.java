package dev.exemplar.docsite;

import java.util.List;
import java.util.Optional;

import dev.exemplar.spec.results.Tally;

/** The site's chapters and their spec pages: what the navigation shows on every page. */
record SiteMap(List<Chapter> chapters) {

	/**
	 * The spec whose source has this repository path ({@code specs/feed/latest.adoc}), in
	 * whichever chapter.
	 */
	Optional<SpecEntry> spec(String sourcePath) {
		return chapters.stream()
			.flatMap(chapter -> chapter.specs().stream())
			.filter(spec -> spec.sourcePath().equals(sourcePath))
			.findFirst();
	}

	record Chapter(String name, String title, String path, List<SpecEntry> specs) {
	}

	/**
	 * A spec of a chapter and its page: the executed one when it ran, else one rendered
	 * from its source (a run of some specs still makes a whole site).
	 */
	record SpecEntry(String title, String path, String sourcePath, Tally tally, boolean ran) {

		static final String NOT_RUN = "not-run";

		/**
		 * The status its marks show: its worst example's ({@code passed},
		 * {@code failed}…), or {@code not-run}.
		 */
		String worstStatus() {
			return ran() ? tally.worst().label() : NOT_RUN;
		}
	}
}
