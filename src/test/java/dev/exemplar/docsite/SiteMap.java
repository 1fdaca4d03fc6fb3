package dev.exemplar.docsite;

import java.util.List;

/** The site's chapters and their spec pages: what the navigation shows on every page. */
record SiteMap(List<Chapter> chapters) {

    record Chapter(String name, String title, String path, List<SpecEntry> specs) {

        SpecResults.Tally tally() {
            return specs.stream().map(SpecEntry::tally).reduce(new SpecResults.Tally(0, 0, 0, 0),
                    SpecResults.Tally::plus);
        }
    }

    /** A spec of a chapter; {@code path} is null when it did not run (no executed page). */
    record SpecEntry(String title, String path, String sourcePath, SpecResults.Tally tally) {

        boolean ran() {
            return path != null;
        }

        String worstStatus() {
            if (!ran()) {
                return "not-run";
            }
            if (tally.failed() > 0) {
                return ExampleStatus.FAILED.label();
            }
            if (tally.pending() > 0) {
                return ExampleStatus.PENDING.label();
            }
            return tally.passed() > 0 ? ExampleStatus.PASSED.label() : ExampleStatus.IGNORED.label();
        }
    }
}
