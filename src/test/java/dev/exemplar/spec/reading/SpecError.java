package dev.exemplar.spec.reading;

/**
 * The spec itself is wrong (not the service): named by file and line so its author can
 * fix it.
 */
public class SpecError extends RuntimeException {

	public SpecError(SourceLine where, String problem) {
		super(where + ": " + problem);
	}

}
