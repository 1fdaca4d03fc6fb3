package dev.exemplar.benchmarks;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

import dev.exemplar.spec.api.ConfigurationKeys;
import dev.exemplar.spec.api.SpecifiedService;
import dev.exemplar.spec.api.SpecEngine;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.launcher.EngineFilter.includeEngines;

/**
 * How the benchmarks run generated specs: through the JUnit Platform launcher, as Maven
 * runs them.
 */
final class BenchmarkLauncher {

	private BenchmarkLauncher() {
	}

	/**
	 * The specs under {@code specs} against {@code service}, pages under {@code output};
	 * the rest of the configuration from junit-platform.properties.
	 */
	static LauncherDiscoveryRequestBuilder request(Class<? extends SpecifiedService> service, Path specs, Path output) {
		return LauncherDiscoveryRequestBuilder.request()
			.selectors(selectClass(service))
			.filters(includeEngines(SpecEngine.ID))
			.configurationParameter(ConfigurationKeys.SERVICE, service.getName())
			.configurationParameter(ConfigurationKeys.ROOT, specs.toString())
			.configurationParameter(ConfigurationKeys.OUTPUT, output.toString());
	}

	static TestExecutionSummary execute(LauncherDiscoveryRequest request, TestExecutionListener... others) {
		SummaryGeneratingListener listener = new SummaryGeneratingListener();
		LauncherFactory.create()
			.execute(request,
					Stream.concat(Stream.of(listener), Stream.of(others)).toArray(TestExecutionListener[]::new));
		return listener.getSummary();
	}

	/**
	 * A benchmark's figures mean nothing unless its generated examples pass: prints the
	 * first failures and stops.
	 */
	static void requirePassed(TestExecutionSummary summary, long examples) {
		if (summary.getTestsSucceededCount() != examples || summary.getTotalFailureCount() > 0) {
			summary.printFailuresTo(new PrintWriter(System.out, true), 5);
			throw new IllegalStateException(
					"The generated examples must pass: " + summary.getTestsSucceededCount() + " passed");
		}
	}

}
