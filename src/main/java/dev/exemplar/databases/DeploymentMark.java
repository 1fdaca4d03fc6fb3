package dev.exemplar.databases;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The comment a creation sets on each role it makes, which names this deployment and the
 * moment, and, once the creation has finished, says so: the start-up sweep drops only
 * what bears this deployment's mark and never finished (a database is its role's: they
 * share the name, the role owns it). It is on the role because the role's tenant cannot
 * change it (that takes CREATEROLE), as it could its database's comment or whether it
 * takes connections. Another deployment sharing the tenant server marks its own with
 * another id (DATABASES_DEPLOYMENT_ID).
 */
record DeploymentMark(String deploymentId) {

	static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,63}");

	private static final String FINISHED = ", finished";

	private static final Pattern COMMENT = Pattern
		.compile("exemplar deployment (" + ID.pattern() + "), made (\\S+?)(" + FINISHED + ")?");

	DeploymentMark {
		if (!ID.matcher(deploymentId).matches()) {
			throw new IllegalStateException(
					"DATABASES_DEPLOYMENT_ID must be 1 to 63 letters, digits and . _ -, got '" + deploymentId + "'");
		}
	}

	/**
	 * The role's comment as a creation begins: no secret, as any role of the server may
	 * read it.
	 */
	String comment(Instant made) {
		return "exemplar deployment " + deploymentId + ", made " + made;
	}

	/** The role's comment once its creation has finished. */
	String finished(Instant made) {
		return comment(made) + FINISHED;
	}

	/**
	 * @return the deployment, the moment and the state a comment names; empty when it is
	 * none of a deployment's
	 */
	static Optional<Made> read(String comment) {
		Matcher mark = COMMENT.matcher(comment == null ? "" : comment);
		if (!mark.matches()) {
			return Optional.empty();
		}
		try {
			return Optional.of(new Made(mark.group(1), Instant.parse(mark.group(2)), mark.group(3) != null));
		}
		catch (DateTimeParseException e) {
			return Optional.empty();
		}
	}

	record Made(String deploymentId, Instant at, boolean finished) {
	}
}
