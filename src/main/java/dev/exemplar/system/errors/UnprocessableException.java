package dev.exemplar.system.errors;

/**
 * The request is well formed but contradicts an earlier one it claims to repeat; answered
 * 422 with this detail.
 */
public class UnprocessableException extends RuntimeException {

	public UnprocessableException(String detail) {
		super(detail);
	}

}
