package dev.exemplar.docsite;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.asciidoctor.Asciidoctor;

/**
 * How long the site takes to build, each in a fresh JVM as the build runs it (JRuby's start included): for
 * today's specs (whatever target/specs holds) and for 100 generated specs.
 * Run: {@code ./mvnw -q test-compile exec:exec@docs-site-benchmark}.
 */
public final class SiteBenchmark {

    private SiteBenchmark() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Path projectDir = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        Path scratch = projectDir.resolve("target/docs-site-benchmark");
        Path generated = scratch.resolve("generated");
        Asciidoctor asciidoctor = Asciidoctor.Factory.create();
        try {
            new SampleSpecs(asciidoctor).write(100, generated.resolve("specs"), generated.resolve("target/specs"));
        }
        finally {
            asciidoctor.shutdown();
        }
        time("today's specs", projectDir, projectDir.resolve("specs"), projectDir.resolve("target/specs"),
                scratch.resolve("today"));
        time("100 generated specs", projectDir, generated.resolve("specs"), generated.resolve("target/specs"),
                scratch.resolve("hundred"));
    }

    private static void time(String what, Path projectDir, Path specSources, Path specOutput, Path site)
            throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        long start = System.nanoTime();
        Process process = new ProcessBuilder(List.of(java, "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), SiteBuilder.class.getName(), projectDir.toString(),
                specSources.toString(), specOutput.toString(), site.toString())).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        int exit = process.waitFor();
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "Site build for %-20s %5.2f s wall clock, JVM start included%n    %s%n", what + ":",
                seconds, exit == 0 ? output : "FAILED: " + output);
    }
}
