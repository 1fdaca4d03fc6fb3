package dev.exemplar.spec.matching;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.exemplar.spec.reading.SourceLine;
import dev.exemplar.spec.reading.SpecError;

/**
 * Values a spec named with {@code ${capture:name}} in one answer and reuses as {@code ${name}} later. They live as
 * long as the spec's run: examples of one spec build on each other, specs do not.
 */
public final class Captures {

    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([A-Za-z][A-Za-z0-9_]*)}");
    /** Placeholders of one word: never read as capture names. */
    private static final Set<String> RESERVED = Set.of("uuid", "timestamp", "ignore");

    private final Map<String, String> values = new LinkedHashMap<>();

    public void put(String name, Object value) {
        values.put(name, String.valueOf(value));
    }

    /** Replaces each {@code ${name}} by its captured value, as text (a string without its quotes). */
    public String substitute(String text, SourceLine where) {
        Matcher reference = REFERENCE.matcher(text);
        StringBuilder result = new StringBuilder();
        while (reference.find()) {
            String name = reference.group(1);
            String value = values.get(name);
            if (value == null && !RESERVED.contains(name)) {
                throw new SpecError(where, "'${" + name + "}' is neither a placeholder (" + Placeholders.FAMILY
                        + ") nor a capture set earlier in this spec" + (values.isEmpty() ? "" : " (captured so far: " + values.keySet() + ")"));
            }
            reference.appendReplacement(result, Matcher.quoteReplacement(value != null ? value : reference.group()));
        }
        return reference.appendTail(result).toString();
    }
}
