package dev.exemplar.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import net.javacrumbs.jsonunit.core.Configuration;
import net.javacrumbs.jsonunit.core.Option;
import org.concordion.api.AbstractCommand;
import org.concordion.api.CommandCall;
import org.concordion.api.Element;
import org.concordion.api.Evaluator;
import org.concordion.api.Fixture;
import org.concordion.api.Result;
import org.concordion.api.ResultRecorder;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import static net.javacrumbs.jsonunit.assertj.JsonAssertions.assertThatJson;

/**
 * A {@code [source,json]} (or {@code [source,text]}) block after a request: checks the answer's status, the
 * headers it names and the body — JSON as structure, through JsonUnit.
 */
final class ExpectCommand extends AbstractCommand {

    static final String LENIENT_ROLE = "lenient";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final SpecServices services;
    private final SpecSession session;
    private final boolean json;

    ExpectCommand(SpecServices services, SpecSession session, boolean json) {
        this.services = services;
        this.session = session;
        this.json = json;
    }

    @Override
    public void verify(CommandCall call, Evaluator evaluator, ResultRecorder results, Fixture fixture) {
        Element block = call.getElement();
        HttpExchange exchange = session.lastExchange();
        if (exchange == null) {
            // the request already failed and said why; a second error here would only repeat it
            results.record(Result.IGNORED);
            block.addStyleClass("spec-ignored");
            return;
        }
        SourceLine where = session.at(SpecBlocks.line(block));
        List<String> differences;
        try {
            ExpectationText expected = ExpectationText.parse(session.captures().substitute(SpecBlocks.listingText(block), where));
            boolean lenient = String.valueOf(block.getAttributeValue("class")).contains(LENIENT_ROLE);
            differences = differences(expected, exchange, lenient, where);
        }
        catch (SpecError e) {
            results.record(Result.EXCEPTION);
            session.problem(e.getMessage());
            SpecBlocks.failed(block, "The spec is malformed", e.getMessage(), List.of());
            return;
        }
        if (differences.isEmpty()) {
            results.record(Result.SUCCESS);
            SpecBlocks.passed(block);
            return;
        }
        results.record(Result.FAILURE);
        List<String> log = services.serverLog().linesFor(exchange.requestId());
        String detail = String.join("\n", differences) + "\n\nThe answer was:\n" + exchange.describe();
        session.problem(where + ": the answer differs from the expectation:\n" + detail + ServerLog.describe(exchange, log));
        SpecBlocks.failed(block, "The answer differs from the expectation", detail, log);
    }

    private List<String> differences(ExpectationText expected, HttpExchange exchange, boolean lenient, SourceLine where) {
        List<String> differences = new ArrayList<>();
        if (expected.status() == null ? exchange.status() / 100 != 2 : expected.status() != exchange.status()) {
            differences.add("status: expected " + (expected.status() == null ? "2xx" : expected.status()) + " but was " + exchange.status());
        }
        for (Map.Entry<String, String> header : expected.headers()) {
            String actual = exchange.responseHeaders().firstValue(header.getKey()).orElse(null);
            if (actual != null && header.getKey().equalsIgnoreCase("Content-Type") && !header.getValue().contains(";")) {
                actual = actual.replaceAll(";.*", "").strip();
            }
            if (!Placeholders.matchesValue(header.getValue(), actual, session.captures())) {
                differences.add("header " + header.getKey() + ": expected '" + header.getValue() + "' but was "
                        + (actual == null ? "absent" : "'" + actual + "'"));
            }
        }
        if (expected.body() != null) {
            String body = json ? jsonDifferences(expected.body(), exchange.responseBody(), lenient, where)
                    : textDifferences(expected.body(), exchange.responseBody());
            if (body != null) {
                differences.add(body);
            }
        }
        return differences;
    }

    private String jsonDifferences(String expectedBody, String actualBody, boolean lenient, SourceLine where) {
        String expected = Placeholders.toJsonUnit(expectedBody, where);
        try {
            JSON.readTree(expected);
        }
        catch (JacksonException e) {
            throw new SpecError(where, "the expected body is not valid JSON: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + " of the body)"));
        }
        Configuration matchers = Placeholders.matchers(Configuration.empty(), expectedBody, session.captures());
        Configuration configuration = lenient
                ? matchers.withOptions(Option.IGNORING_EXTRA_FIELDS, Option.IGNORING_ARRAY_ORDER) : matchers;
        try {
            assertThatJson(actualBody == null || actualBody.isEmpty() ? "null" : actualBody)
                    .withConfiguration(ignored -> configuration)
                    .isEqualTo(expected);
            return null;
        }
        catch (AssertionError e) {
            return e.getMessage().strip();
        }
        catch (RuntimeException e) {
            return "the answer is not JSON: " + e.getMessage();
        }
    }

    private static String textDifferences(String expected, String actual) {
        String answer = actual == null ? "" : actual.strip();
        return expected.strip().equals(answer) ? null : "body: expected '" + expected.strip() + "' but was '" + answer + "'";
    }
}
