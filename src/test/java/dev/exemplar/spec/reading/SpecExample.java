package dev.exemplar.spec.reading;

/**
 * One example as its spec states it: Concordion's name for it, the heading a reader sees,
 * its anchor, its heading's line (0 when unknown), whether it is pending, and whether it
 * has tables (and so needs the database).
 */
public record SpecExample(String name, String title, String anchor, int line, boolean pending, boolean needsDatabase) {

	SpecExample needingDatabase() {
		return new SpecExample(name, title, anchor, line, pending, true);
	}
}
