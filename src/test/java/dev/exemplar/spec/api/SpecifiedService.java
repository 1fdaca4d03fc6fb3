package dev.exemplar.spec.api;

/**
 * How the service under specification starts and stops: the one class an adopting service writes. Name it with
 * {@link ConfigurationKeys#SERVICE}; it needs a public constructor without arguments.
 *
 * <p>The engine calls {@link #start()} once per run, before the first spec, and closes what it returned after the
 * last. Against a deployed service ({@link ConfigurationKeys#BASE_URL}) it calls neither.
 */
@FunctionalInterface
public interface SpecifiedService {

    /** Starts the service and waits until it answers. */
    RunningService start() throws Exception;
}
