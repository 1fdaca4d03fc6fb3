package dev.exemplar.system.errors;

/**
 * A resource the client named does not exist; answered 404 with this message as the
 * problem's detail.
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String detail) {
		super(detail);
	}

}
