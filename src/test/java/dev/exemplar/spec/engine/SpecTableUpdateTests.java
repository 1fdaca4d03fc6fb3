package dev.exemplar.spec.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

import dev.exemplar.spec.api.ConfigurationKeys;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A "Then … holds these rows" table is updated as expectations are: its rows become those
 * the table holds.
 */
class SpecTableUpdateTests {

	private static final String SPEC = """
			= Rows

			== Seeded

			.Given these rows in greetings
			|===
			| id | word

			| 1  | hi
			| 2  | hello
			|===

			[source,http]
			----
			GET /hello
			----

			.Then greetings holds these rows
			|===
			| id | word

			| 1  | hi
			| 2  | bonjour
			| 3  | hola
			|===

			Prose after the table stays.
			""";

	private static ServiceUnderTest service;

	@TempDir
	Path dir;

	@BeforeAll
	static void start() throws IOException {
		service = ServiceUnderTest.start(ServiceUnderTest.HELLO_CONTRACT, true);
		service.http.stubFor(get("/hello").willReturn(okJson("{}")));
	}

	@AfterAll
	static void stop() throws IOException {
		service.close();
	}

	@Test
	void aThenTableIsRewrittenWithTheRowsTheTableHoldsAndOnlyWithTheUpdate() throws IOException {
		Path spec = dir.resolve("documents/rows.adoc");
		Files.createDirectories(spec.getParent());
		Files.writeString(spec, SPEC);

		assertThat(failure(run(null))).contains("As the answer would have it",
				"-| 2  | bonjour\n-| 3  | hola\n+| 2  | hello");
		assertThat(Files.readString(spec)).isEqualTo(SPEC);

		run("failed").testEvents().assertStatistics(examples -> examples.succeeded(1).failed(0));
		assertThat(Files.readString(spec)).isEqualTo(SPEC.replace("| 2  | bonjour\n| 3  | hola\n", "| 2  | hello\n"));
		run(null).testEvents().assertStatistics(examples -> examples.succeeded(1).failed(0));
	}

	private static String failure(EngineExecutionResults results) {
		return results.testEvents()
			.finished()
			.stream()
			.map(event -> event.getRequiredPayload(TestExecutionResult.class)
				.getThrowable()
				.map(Throwable::getMessage)
				.orElse(null))
			.filter(message -> message != null)
			.findFirst()
			.orElse(null);
	}

	private EngineExecutionResults run(String update) {
		EngineTestKit.Builder engine = service.engine(dir.resolve("documents"), dir.resolve("out"));
		return (update == null ? engine : engine.configurationParameter(ConfigurationKeys.UPDATE, update)).execute();
	}

}
