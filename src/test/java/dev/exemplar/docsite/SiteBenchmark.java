package dev.exemplar.docsite;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.asciidoctor.Asciidoctor;

import dev.exemplar.spec.results.SpecLayout;

/**
 * How long the site takes to build, each in a fresh JVM as the build runs it (JRuby's
 * start included): for today's specs (whatever the engine's output holds) and for 100
 * generated specs. Arguments: the project's folder and the service's site command (a main
 * class that calls {@link SiteCommand}). Run:
 * {@code ./mvnw -q test-compile exec:exec@docs-site-benchmark}.
 */
public final class SiteBenchmark {

	private SiteBenchmark() {
	}

	public static void main(String[] args) throws IOException, InterruptedException {
		if (args.length != 2) {
			throw new IllegalArgumentException(
					"arguments: the project's folder and the service's site command (a main class)");
		}
		Path projectDir = Path.of(args[0]).toAbsolutePath().normalize();
		String siteCommand = args[1];
		Path scratch = projectDir.resolve("target/docs-site-benchmark");
		Path generated = scratch.resolve("generated");
		Asciidoctor asciidoctor = Asciidoctor.Factory.create();
		try {
			new SampleSpecs(asciidoctor).write(100,
					new SpecLayout(generated.resolve("specs"), generated.resolve("target/specs")));
		}
		finally {
			asciidoctor.shutdown();
		}
		time("today's specs", siteCommand, "--project=" + projectDir, "--output=" + scratch.resolve("today"));
		time("100 generated specs", siteCommand, "--project=" + projectDir,
				"--specs-root=" + generated.resolve("specs"), "--engine-output=" + generated.resolve("target/specs"),
				"--output=" + scratch.resolve("hundred"));
	}

	private static void time(String what, String siteCommand, String... options)
			throws IOException, InterruptedException {
		String java = ProcessHandle.current().info().command().orElse("java");
		List<String> command = new ArrayList<>(
				List.of(java, "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), siteCommand));
		command.addAll(List.of(options));
		long start = System.nanoTime();
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
		int exit = process.waitFor();
		double seconds = (System.nanoTime() - start) / 1e9;
		System.out.printf(Locale.ROOT, "Site build for %-20s %5.2f s wall clock, JVM start included%n    %s%n",
				what + ":", seconds, exit == 0 ? output : "FAILED: " + output);
	}

}
