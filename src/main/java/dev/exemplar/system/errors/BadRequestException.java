package dev.exemplar.system.errors;

/**
 * The request is malformed in a way Spring's binding does not catch; answered 400 with
 * this message as the detail.
 */
public class BadRequestException extends RuntimeException {

	public BadRequestException(String detail) {
		super(detail);
	}

}
