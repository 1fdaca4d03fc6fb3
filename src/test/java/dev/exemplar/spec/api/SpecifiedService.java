package dev.exemplar.spec.api;

import java.util.Map;

/**
 * How the service under specification starts and stops: the one class an adopting service
 * writes. Name it with {@link ConfigurationKeys#SERVICE}; it needs a public constructor
 * without arguments.
 *
 * <p>
 * The engine calls {@link #start(Map)} once per run, before the first spec, and closes
 * what it returned after the last. Against a deployed service
 * ({@link ConfigurationKeys#BASE_URL}) it calls neither.
 */
@FunctionalInterface
public interface SpecifiedService {

	/** Starts the service and waits until it answers. */
	RunningService start() throws Exception;

	/**
	 * Starts the service pointed at the engine's stand-ins for its outside services: what
	 * the engine calls. A service that calls none need not override it.
	 * @param properties for each outside service named by
	 * {@link ConfigurationKeys#OUTSIDE_PREFIX}, the property that points the service at
	 * it and its stand-in's URL; empty when the service names none
	 */
	default RunningService start(Map<String, String> properties) throws Exception {
		return start();
	}

}
