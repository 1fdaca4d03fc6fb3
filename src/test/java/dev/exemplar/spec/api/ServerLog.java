package dev.exemplar.spec.api;

import java.util.List;

/**
 * What the service logged while it handled one request, found by the request id the
 * engine sent with it (see {@link ConfigurationKeys#REQUEST_ID_HEADER}). A failing
 * example shows these lines under its difference.
 */
@FunctionalInterface
public interface ServerLog {

	/** For a service the engine cannot see into (a deployed one). */
	ServerLog NONE = requestId -> List.of();

	/**
	 * @return the lines (and stack traces) logged while the request with this id was
	 * handled, oldest first
	 */
	List<String> linesFor(String requestId);

}
