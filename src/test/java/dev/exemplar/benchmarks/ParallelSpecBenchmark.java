package dev.exemplar.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

import dev.exemplar.spec.api.ConfigurationKeys;
import dev.exemplar.spec.api.RunningService;
import dev.exemplar.spec.api.SpecDatabases;
import dev.exemplar.spec.api.SpecifiedService;
import dev.exemplar.testsupport.HandedOnService;
import dev.exemplar.ExecutableSpecificationIT;

/**
 * Parallel specs against serial ones: 50 generated specs, each seeding, writing and
 * reading the same tweet ids (so they pass only on a database of their own), through the
 * JUnit Platform launcher against the one service of this JVM, one at a time and N at
 * once, in turns; then what a spec's database costs to make and drop. Prints figures;
 * asserts nothing but that the examples pass. How to run it, and its latest figures:
 * docs-site/guides/benchmarks.adoc.
 */
public final class ParallelSpecBenchmark {

	private static final int SPECS = 50;

	private static final int EXAMPLES_PER_SPEC = 4;

	private static final int ROUNDS = 2;

	private static final int CLONES = 20;

	/** The one service of the benchmark, handed to every run. */
	private static RunningService service;

	public static void main(String[] args) throws Exception {
		int parallel = args.length > 0 ? Integer.parseInt(args[0])
				: Math.max(2, Runtime.getRuntime().availableProcessors());
		Path dir = Path.of("target", "parallel-benchmark");
		Path specs = writeSpecs(dir.resolve("specs"));
		service = new ExecutableSpecificationIT().start();
		try {
			run(specs, dir, parallel); // the first round warms the JVM and makes the
										// template: not counted
			List<Long> serial = new ArrayList<>();
			List<Long> atOnce = new ArrayList<>();
			for (int round = 0; round < ROUNDS; round++) { // in turns, each side first
															// every other round
				if (round % 2 == 0) {
					serial.add(run(specs, dir, 1));
					atOnce.add(run(specs, dir, parallel));
				}
				else {
					atOnce.add(run(specs, dir, parallel));
					serial.add(run(specs, dir, 1));
				}
			}
			List<Long> made = new ArrayList<>();
			List<Long> dropped = new ArrayList<>();
			SpecDatabases databases = service.specDatabases().orElseThrow();
			for (int i = 0; i < CLONES; i++) {
				long started = System.nanoTime();
				SpecDatabases.Clone clone = databases.create();
				long madeAt = System.nanoTime();
				clone.close();
				made.add((madeAt - started) / 1_000_000);
				dropped.add((System.nanoTime() - madeAt) / 1_000_000);
			}
			System.out.printf(
					"%nParallel specs benchmark: %d specs of %d examples against %s (%d processors, load %.1f)%n",
					SPECS, EXAMPLES_PER_SPEC, service.baseUrl(), Runtime.getRuntime().availableProcessors(), load());
			System.out.printf("  one at a time (specs.parallel=1): %s ms%n", serial);
			System.out.printf("  %d at once   (specs.parallel=%d): %s ms%n", parallel, parallel, atOnce);
			System.out.printf("  a spec's database, %d times: made in %s ms, dropped in %s ms (median, min-max)%n",
					CLONES, spread(made), spread(dropped));
		}
		finally {
			service.close();
		}
		System.exit(0);
	}

	/** Every generated spec through the launcher; its wall time in ms. */
	private static long run(Path specs, Path dir, int parallel) {
		LauncherDiscoveryRequest request = BenchmarkLauncher.request(Started.class, specs, dir.resolve("pages"))
			.configurationParameter(ConfigurationKeys.PARALLEL, String.valueOf(parallel))
			.configurationParameter(ConfigurationKeys.CONSOLE, "false")
			.configurationParameter(ConfigurationKeys.UPDATE, "")
			.build();
		long started = System.nanoTime();
		TestExecutionSummary summary = BenchmarkLauncher.execute(request);
		long millis = (System.nanoTime() - started) / 1_000_000;
		BenchmarkLauncher.requirePassed(summary, SPECS * EXAMPLES_PER_SPEC);
		return millis;
	}

	/**
	 * The service as the specs see it: started once, handed to every run, with its
	 * databases per spec.
	 */
	public static final class Started implements SpecifiedService {

		@Override
		public RunningService start() {
			return new HandedOnService(service);
		}

	}

	/**
	 * Specs alike but for their titles: a seeded tweet, one written, the two read back,
	 * the table checked.
	 */
	private static Path writeSpecs(Path specs) throws IOException {
		Files.createDirectories(specs);
		for (int i = 0; i < SPECS; i++) {
			Files.writeString(specs.resolve(String.format("spec-%02d.adoc", i)),
					"""
							= Spec %d

							.Given these rows in tweets
							|===
							| id   | created_at           | text

							| seed | 2014-08-11T10:00:00Z | seeded
							|===

							== Writing

							[source,http]
							----
							POST /tweets
							Content-Type: application/json

							{"id": "new", "created_at": "2014-08-11T11:00:00Z", "text": "written"}
							----

							[source,json]
							----
							201

							{"id": "new", "created_at": "2014-08-11T11:00:00Z", "text": "written", "source": null, "retweeted": false, "user": null}
							----

							== Reading the latest

							[source,http]
							----
							GET /latest?limit=5
							----

							[source,json,role=lenient]
							----
							[{"id": "new"}, {"id": "seed"}]
							----

							== Reading one

							[source,http]
							----
							GET /tweets/seed
							----

							[source,json,role=lenient]
							----
							{"id": "seed", "text": "seeded"}
							----

							== Checking the table

							[source,http]
							----
							GET /probe_status
							----

							[source,text]
							----
							OK
							----

							.Then tweets holds these rows
							|===
							| id   | text

							| seed | seeded
							| new  | written
							|===
							"""
						.formatted(i));
		}
		return specs;
	}

	/** Median, min-max. */
	private static String spread(List<Long> millis) {
		List<Long> sorted = new ArrayList<>(millis);
		Collections.sort(sorted);
		return sorted.get(sorted.size() / 2) + ", " + sorted.get(0) + "-" + sorted.get(sorted.size() - 1);
	}

	private static double load() {
		return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
	}

}
