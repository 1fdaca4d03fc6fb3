package dev.exemplar.spec.reading;

/**
 * A place in a spec file, printed as {@code file:line} (e.g.
 * {@code docs/feed/latest.adoc:42}) so that IDEs and terminals link it.
 */
public record SourceLine(String file, int line) {

	@Override
	public String toString() {
		return line > 0 ? file + ":" + line : file;
	}
}
