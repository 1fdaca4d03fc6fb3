package dev.exemplar.spec;

import java.util.List;

import dev.exemplar.spec.SpecConventions.ExampleInfo;

/** What one example did: its status, what went wrong, and the requests it sent. */
record ExampleResult(ExampleInfo example, ExampleStatus status, List<String> problems, String skipReason,
        List<HttpExchange> exchanges) {
}
