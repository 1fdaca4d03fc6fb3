package example.greeter;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

import dev.exemplar.spec.results.ResultsFile;
import dev.exemplar.spec.results.SuiteResult;
import dev.exemplar.spec.results.Tally;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/**
 * The spec engine adopted by a service that is not Exemplar ({@link Greeter}), configured
 * as that service would configure it — its junit-platform.properties (here beside its
 * specs) and its {@link GreeterSpecs} — and run through the JUnit Platform as Failsafe
 * would run it: by selecting that class.
 */
class GreeterSpecsTests {

	@Test
	void theGreeterSpecsRunThroughTheEngine() throws IOException {
		EngineExecutionResults results = EngineTestKit.engine("specs")
			.configurationParameters(properties("junit-platform.properties"))
			.selectors(selectClass(GreeterSpecs.class))
			.execute();

		results.testEvents().assertStatistics(stats -> stats.started(4).succeeded(3).failed(1).aborted(0));
		List<String> finished = results.testEvents()
			.finished()
			.stream()
			.map(event -> event.getTestDescriptor().getDisplayName())
			.toList();
		assertThat(finished).containsExactlyInAnyOrder("drafts/wrong.adoc › The first greeting is in English", // specs
																												// run
																												// at
																												// once
				"greetings/missing.adoc › Asked for, it is not found", "greetings/reading.adoc › Every greeting",
				"greetings/reading.adoc › One greeting by its id");
		assertThat(finished.indexOf("greetings/reading.adoc › Every greeting"))
			.isLessThan(finished.indexOf("greetings/reading.adoc › One greeting by its id")); // a
																								// spec's
																								// examples
																								// in
																								// order
		Event failed = results.testEvents().failed().stream().findFirst().orElseThrow();
		assertThat(failed.getRequiredPayload(TestExecutionResult.class).getThrowable().orElseThrow())
			.hasMessageContainingAll(
					"src/test/resources/example/greeter/specs/drafts/wrong.adoc:13: the answer differs",
					"expected: <\"hi\"> but was: <\"hello\">", "The service's log for request",
					"INFO greeter : GET /greetings/1 answered 200");

		Path output = Path.of("target/greeter-specs");
		SuiteResult suite = ResultsFile.read(output.resolve("results.json")).orElseThrow();
		assertThat(suite.specs()).hasSize(3);
		assertThat(suite.tally()).isEqualTo(new Tally(3, 1, 0, 0));
		assertThat(output.resolve("greetings/reading.html")).content().contains("spec-passed", "bonjour");
		assertThat(output.resolve("drafts/wrong.html")).content().contains("spec-failed", "spec-server-log");
	}

	private static Map<String, String> properties(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream input = GreeterSpecsTests.class.getResourceAsStream(name)) {
			properties.load(input);
		}
		Map<String, String> parameters = new HashMap<>();
		properties.stringPropertyNames().forEach(key -> parameters.put(key, properties.getProperty(key)));
		return parameters;
	}

}
