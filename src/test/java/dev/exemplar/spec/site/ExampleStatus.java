package dev.exemplar.spec.site;

import java.util.Locale;

/** What became of one example; the engine marks its section with {@code spec-<status>}. */
public enum ExampleStatus {
    PASSED, FAILED, PENDING, IGNORED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String cssClass() {
        return "spec-" + label();
    }

    public static ExampleStatus of(String label) {
        return label == null ? IGNORED : valueOf(label.trim().toUpperCase(Locale.ROOT));
    }
}
