package dev.exemplar.system.errors;

/**
 * The request contradicts what is stored; answered 409 with this message as the problem's
 * detail.
 */
public class ConflictException extends RuntimeException {

	public ConflictException(String detail) {
		super(detail);
	}

}
