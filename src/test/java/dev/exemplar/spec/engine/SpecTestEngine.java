package dev.exemplar.spec.engine;

import dev.exemplar.spec.api.SpecEngine;
import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.ExecutionRequest;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;
import org.junit.platform.engine.support.discovery.EngineDiscoveryRequestResolver;
import org.junit.platform.engine.support.hierarchical.ForkJoinPoolHierarchicalTestExecutorService;
import org.junit.platform.engine.support.hierarchical.HierarchicalTestEngine;
import org.junit.platform.engine.support.hierarchical.HierarchicalTestExecutorService;
import org.junit.platform.engine.support.hierarchical.SameThreadHierarchicalTestExecutorService;

/**
 * The spec engine as a JUnit Platform engine (registered in {@code META-INF/services}),
 * so that Maven, IDEs and JUnit XML see specs and examples as tests: the service's
 * {@code SpecifiedService} class is the container of every spec, each spec a container,
 * each example a test.
 *
 * <p>
 * It runs when that class (named by {@code specs.service}) is selected: by a class
 * selector (Surefire and Failsafe select each class they scan), by its package or
 * classpath root (an IDE's "run all"), or by the unique id of a spec or example under it
 * (an IDE re-running one). A spec file can be selected as a file too.
 *
 * <p>
 * Specs run at once ({@code specs.parallel}) on JUnit's own fork-join executor, as
 * Jupiter's parallel mode does: each spec is a concurrent node, its examples run on its
 * thread, in order (see {@link SpecDescriptor}).
 */
public final class SpecTestEngine extends HierarchicalTestEngine<RunContext> {

	@Override
	public String getId() {
		return SpecEngine.ID;
	}

	@Override
	public TestDescriptor discover(EngineDiscoveryRequest request, UniqueId uniqueId) {
		EngineDescriptor engine = new EngineDescriptor(uniqueId, "Specs");
		SpecConfiguration.serviceClass(request.getConfigurationParameters())
			.ifPresent(serviceClass -> EngineDiscoveryRequestResolver.<EngineDescriptor>builder()
				.addClassContainerSelectorResolver(type -> type.getName().equals(serviceClass))
				.addSelectorResolver(context -> new SpecSelectorResolver(serviceClass,
						() -> SpecConfiguration.read(request.getConfigurationParameters())))
				.build()
				.resolve(request, engine));
		return engine;
	}

	@Override
	protected HierarchicalTestExecutorService createExecutorService(ExecutionRequest request) {
		int parallel = SpecConfiguration.parallel(request.getConfigurationParameters());
		return parallel == 1 ? new SameThreadHierarchicalTestExecutorService()
				: new ForkJoinPoolHierarchicalTestExecutorService(new FixedParallelism(parallel));
	}

	@Override
	protected RunContext createExecutionContext(ExecutionRequest request) {
		return new RunContext();
	}

}
