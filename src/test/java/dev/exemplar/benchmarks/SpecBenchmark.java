package dev.exemplar.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

import dev.exemplar.postgres.TestPostgres;
import dev.exemplar.spec.api.ConfigurationKeys;
import dev.exemplar.spec.api.RunningService;
import dev.exemplar.spec.api.SpecifiedService;
import dev.exemplar.testsupport.RawHttp;
import dev.exemplar.testsupport.HandedOnService;
import dev.exemplar.ExecutableSpecificationIT;

/**
 * The spec engine's benchmark: 500 generated examples against the service in this JVM,
 * against the floor of the same 500 requests from a plain java.net.http loop; and the
 * time from this JVM's start to the first executed example. The examples run through the
 * JUnit Platform launcher, as Maven runs them. Prints figures; asserts nothing. How to
 * run it, and its latest figures: docs-site/guides/benchmarks.adoc.
 */
public final class SpecBenchmark {

	private static final int EXAMPLES = 500;

	private static final int TWEETS = 20;

	/**
	 * The one service of the benchmark, started by the first run and handed to the later
	 * ones.
	 */
	private static RunningService service;

	public static void main(String[] args) throws Exception {
		Path dir = Path.of("target", "benchmark");
		Path specs = writeSpecs(dir.resolve("specs"));
		try {
			// as the spec suite starts: the service while the spec is converted; timed to
			// the example's end, not the
			// spec's
			AtomicLong firstExampleEnded = new AtomicLong();
			run(specs, dir, "first.adoc", new TestExecutionListener() {
				@Override
				public void executionFinished(TestIdentifier test, TestExecutionResult result) {
					if (test.isTest()) {
						firstExampleEnded.compareAndSet(0, System.currentTimeMillis());
					}
				}
			});
			long firstExample = firstExampleEnded.get() - ManagementFactory.getRuntimeMXBean().getStartTime();

			// both sides meet the service warmed up alike: else the engine's cold round
			// warms it for the plain loop after it
			warmUp(service.baseUrl());
			long[] cold = round(specs, dir);
			// as a suite that runs on: the JIT has seen both sides; -Dbenchmark.rounds=N
			// runs N warm rounds and reports their median, steadier on a noisy machine
			long[] warm = medianRound(specs, dir, args.length > 0 ? Integer.parseInt(args[0]) : 1);

			System.out.printf("%nSpec engine benchmark: %d examples in one spec against %s%n", EXAMPLES + 1,
					service.baseUrl());
			System.out.printf(
					"                        engine   plain java.net.http   ratio (targets: cold <= 2.5, warm <= 1.5)%n");
			// the plain loop runs after the engine, on the java.net.http code the
			// engine's round has just warmed
			System.out.printf(
					"  first round (cold)  %6d ms   %6d ms             %5.2f   "
							+ "(engine cold; the loop's client warmed by it)%n",
					cold[0] / 1_000_000, cold[1] / 1_000_000, (double) cold[0] / cold[1]);
			System.out.printf("  warm round (median) %5d ms   %6d ms             %5.2f%n", warm[0] / 1_000_000,
					warm[1] / 1_000_000, (double) warm[0] / warm[1]);
			System.out.printf("  CPU of this JVM (service included) in the engine's warm round: %d ms%n",
					warm[2] / 1_000_000);
			System.out.printf("  JVM start -> first executed example: %d ms  (target <= 3000)%n", firstExample);
		}
		finally {
			if (service != null) {
				service.close();
			}
		}
		System.exit(0);
	}

	/**
	 * Several warm rounds: the one with the median engine time, each round's figures
	 * printed when there are more than one.
	 */
	private static long[] medianRound(Path specs, Path dir, int rounds) throws Exception {
		List<long[]> all = new ArrayList<>();
		for (int i = 0; i < rounds; i++) {
			long[] one = round(specs, dir);
			if (rounds > 1) {
				System.out.printf("  warm round %d: engine %d ms (CPU %d ms), plain loop %d ms%n", i + 1,
						one[0] / 1_000_000, one[2] / 1_000_000, one[1] / 1_000_000);
			}
			all.add(one);
		}
		all.sort(Comparator.comparingLong((long[] one) -> one[0]));
		return all.get(all.size() / 2);
	}

	/**
	 * The generated spec through the engine, then the same requests through a plain loop:
	 * nanoseconds of each.
	 */
	private static long[] round(Path specs, Path dir) throws Exception {
		long started = System.nanoTime();
		long cpu = CpuTimes.jvm();
		TestExecutionSummary summary = run(specs, dir, "bench.adoc");
		long engineNanos = System.nanoTime() - started;
		long engineCpu = CpuTimes.jvm() - cpu;
		BenchmarkLauncher.requirePassed(summary, EXAMPLES + 1);
		return new long[] { engineNanos, plainLoop(service.baseUrl()), engineCpu };
	}

	/**
	 * One spec through the launcher, configured as junit-platform.properties does,
	 * against the one service.
	 */
	private static TestExecutionSummary run(Path specs, Path dir, String spec, TestExecutionListener... listeners) {
		return BenchmarkLauncher.execute(BenchmarkLauncher.request(Started.class, specs, dir.resolve("pages"))
			.configurationParameter(ConfigurationKeys.FILTER, spec)
			.configurationParameter(ConfigurationKeys.PARALLEL, "1") // one spec: on the
																		// service's own
																		// database, as
																		// before
			.build(), listeners);
	}

	/**
	 * The service as the specs see it: started once (as the suite starts it), then handed
	 * to every run.
	 */
	public static final class Started implements SpecifiedService {

		/**
		 * As ExecutableSpecificationIT's: the database starts while the engine starts the
		 * stand-ins.
		 */
		public Started() {
			TestPostgres.warmUp();
		}

		@Override
		public RunningService start() {
			if (service == null) {
				service = new ExecutableSpecificationIT().start();
			}
			return new HandedOnService(service);
		}

	}

	/**
	 * The same requests, over raw sockets: a client neither side uses, so that only the
	 * service warms up.
	 */
	private static void warmUp(URI baseUrl) throws IOException {
		for (int i = 0; i < EXAMPLES; i++) {
			RawHttp.Response response = RawHttp.send(baseUrl.getPort(), RawHttp.request("GET", path(i), null));
			if (response.status() != 200) {
				throw new IllegalStateException(path(i) + " answered " + response.status());
			}
		}
	}

	/** The same requests as the generated examples, each answer read in full. */
	private static long plainLoop(URI baseUrl) throws IOException, InterruptedException {
		HttpClient client = HttpClient.newHttpClient();
		long started = System.nanoTime();
		for (int i = 0; i < EXAMPLES; i++) {
			HttpResponse<String> response = client.send(HttpRequest.newBuilder(baseUrl.resolve(path(i))).build(),
					HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				throw new IllegalStateException(path(i) + " answered " + response.statusCode());
			}
		}
		return System.nanoTime() - started;
	}

	private static String path(int example) {
		return "/latest?limit=" + (example % TWEETS + 1);
	}

	private static Path writeSpecs(Path specs) throws IOException {
		Files.createDirectories(specs);
		StringBuilder rows = new StringBuilder();
		for (int t = 0; t < TWEETS; t++) {
			rows.append(String.format("| t%02d | 2014-08-11T10:%02d:00Z | tweet %d%n", t, t, t));
		}
		String seed = "== Seed\n\n.Given these rows in tweets\n|===\n| id | created_at | text\n\n" + rows + "|===\n\n";
		Files.writeString(specs.resolve("first.adoc"), "= First\n\n" + seed
				+ "[source,http]\n----\nGET /latest?limit=1\n----\n\n[source,json]\n----\n" + expected(1) + "\n----\n");
		StringBuilder bench = new StringBuilder("= Benchmark\n\n").append(seed)
			.append("[source,http]\n----\nGET /probe_status\n----\n\n");
		for (int i = 0; i < EXAMPLES; i++) {
			bench.append("== Example ")
				.append(i)
				.append("\n\n[source,http]\n----\nGET ")
				.append(path(i))
				.append("\n----\n\n[source,json]\n----\n200\nContent-Type: application/json\n\n")
				.append(expected(i % TWEETS + 1))
				.append("\n----\n\n");
		}
		Files.writeString(specs.resolve("bench.adoc"), bench);
		return specs;
	}

	private static String expected(int limit) {
		StringBuilder json = new StringBuilder("[");
		for (int t = TWEETS - 1; t >= TWEETS - limit; t--) {
			json.append(String.format(
					"{\"id\": \"t%02d\", \"text\": \"tweet %d\", \"created_at\": \"2014-08-11T10:%02d:00Z\"}", t, t, t))
				.append(t > TWEETS - limit ? ", " : "");
		}
		return json.append("]").toString();
	}

}
