package dev.exemplar.system.errors;

/** The signed-in user may not do this; answered 403 with this message as the detail. */
public class ForbiddenException extends RuntimeException {

	public ForbiddenException(String detail) {
		super(detail);
	}

}
