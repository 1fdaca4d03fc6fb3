package dev.exemplar.spec.updating;

/**
 * Why an expectation is left as it is, though the answer differs. The update refuses,
 * rather than guess:
 * <ul>
 * <li>a listing that captures a value or uses one captured earlier: the captured value
 * would be frozen into a literal, and the later requests built on it would no longer
 * follow the service;</li>
 * <li>a placeholder that did not match: the value is the server's to choose, and writing
 * today's one would make the spec fail tomorrow, or hide that the value is no longer what
 * the placeholder promised;</li>
 * <li>a listing written in an included file: the update rewrites the spec's own file
 * only, never a file other specs may share;</li>
 * <li>a listing whose text on the page is not its source text (an attribute reference, a
 * callout): rewriting it would lose what the author wrote;</li>
 * <li>a pending example: it states behaviour not built yet, which no answer of today
 * approves.</li>
 * </ul>
 */
public final class UpdateRefused extends Exception {

	public UpdateRefused(String reason) {
		super(reason, null, false, false);
	}

}
