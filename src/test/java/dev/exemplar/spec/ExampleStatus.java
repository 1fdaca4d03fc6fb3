package dev.exemplar.spec;

import org.concordion.api.ResultSummary;

/** How an example ended, as the page, the console, JUnit and the site show it. */
enum ExampleStatus {

    PASSED, FAILED, PENDING, IGNORED;

    static ExampleStatus of(ResultSummary summary, boolean failedBeforehand, boolean pending, String skipReason) {
        boolean failed = failedBeforehand || summary.getFailureCount() + summary.getExceptionCount() > 0;
        if (skipReason != null && !failed) {
            return IGNORED;
        }
        if (pending) {
            // a pending example that passes is reported as a failure: its marker must come off
            return failed ? PENDING : FAILED;
        }
        return failed ? FAILED : PASSED;
    }

    String cssClass() {
        return "spec-" + name().toLowerCase();
    }
}
