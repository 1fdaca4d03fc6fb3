package dev.exemplar.spec.engine;

import java.util.Optional;

import org.junit.platform.engine.support.hierarchical.EngineExecutionContext;

import dev.exemplar.spec.running.SpecEnvironment;

/**
 * What the specs of a run share once the service has started: see
 * {@link ServiceDescriptor}.
 */
final class RunContext implements EngineExecutionContext {

	private final Optional<ServiceDescriptor.Started> started;

	RunContext() {
		this(Optional.empty());
	}

	private RunContext(Optional<ServiceDescriptor.Started> started) {
		this.started = started;
	}

	RunContext with(ServiceDescriptor.Started started) {
		return new RunContext(Optional.of(started));
	}

	Optional<ServiceDescriptor.Started> started() {
		return started;
	}

	SpecEnvironment environment() {
		return started.orElseThrow(() -> new IllegalStateException("the service has not started")).environment();
	}

}
