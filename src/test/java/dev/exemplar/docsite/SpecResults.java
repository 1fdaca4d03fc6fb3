package dev.exemplar.docsite;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The engine's {@code results.json}: the format is /work/shared-dev/spec-format.md, section "Output". */
public record SpecResults(boolean ran, List<Spec> specs) {

    public static SpecResults noneRan() {
        return new SpecResults(false, List.of());
    }

    public record Spec(String source, String page, String title, List<Example> examples) {

        public Spec {
            examples = examples == null ? List.of() : examples;
        }

        /** The chapter is the spec's folder under {@code specs/}; a spec at the top level is in chapter "". */
        public String chapter() {
            int slash = source.lastIndexOf('/');
            return slash < 0 ? "" : source.substring(0, slash);
        }

        public Tally tally() {
            return Tally.of(examples);
        }

        public Map<String, Example> examplesByAnchor() {
            return examples.stream().collect(Collectors.toMap(Example::anchor, Function.identity(), (a, b) -> a));
        }
    }

    public record Example(String name, String anchor, String status, List<Exchange> exchanges) {

        public Example {
            exchanges = exchanges == null ? List.of() : exchanges;
        }

        public ExampleStatus outcome() {
            return ExampleStatus.of(status);
        }
    }

    public record Exchange(String method, String path, int status) {
    }

    /** Counts of examples by status. */
    public record Tally(int passed, int failed, int pending, int ignored) {

        public static Tally of(List<Example> examples) {
            int[] counts = new int[ExampleStatus.values().length];
            examples.forEach(example -> counts[example.outcome().ordinal()]++);
            return new Tally(counts[0], counts[1], counts[2], counts[3]);
        }

        public Tally plus(Tally other) {
            return new Tally(passed + other.passed, failed + other.failed, pending + other.pending,
                    ignored + other.ignored);
        }

        public int total() {
            return passed + failed + pending + ignored;
        }
    }

    public Tally tally() {
        return specs.stream().map(Spec::tally).reduce(new Tally(0, 0, 0, 0), Tally::plus);
    }
}
