package dev.exemplar.docsite;

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

    /** The status a label names; one this site does not know (or none) reads as ignored rather than failing the build. */
    public static ExampleStatus of(String label) {
        for (ExampleStatus status : values()) {
            if (label != null && status.label().equals(label.trim().toLowerCase(Locale.ROOT))) {
                return status;
            }
        }
        return IGNORED;
    }
}
