package dev.exemplar.spec;

import java.io.IOException;
import java.util.List;

import org.concordion.api.AbstractCommand;
import org.concordion.api.CommandCall;
import org.concordion.api.Element;
import org.concordion.api.Evaluator;
import org.concordion.api.Fixture;
import org.concordion.api.Result;
import org.concordion.api.ResultRecorder;

/** A {@code [source,http]} block: sends the request and checks the exchange against the contract. */
final class RequestCommand extends AbstractCommand {

    private final SpecServices services;
    private final SpecSession session;

    RequestCommand(SpecServices services, SpecSession session) {
        this.services = services;
        this.session = session;
    }

    @Override
    public void execute(CommandCall call, Evaluator evaluator, ResultRecorder results, Fixture fixture) {
        Element block = call.getElement();
        if (session.skipReason() != null) {
            results.record(Result.IGNORED);
            SpecBlocks.ignored(block, "Not sent: " + session.skipReason() + ".");
            return;
        }
        SourceLine where = session.at(SpecBlocks.line(block));
        HttpExchange exchange;
        try {
            HttpRequestText request = HttpRequestText.parse(session.captures().substitute(SpecBlocks.listingText(block), where), where);
            exchange = services.http().send(request);
        }
        catch (SpecError e) {
            fail(results, block, e.getMessage(), "The spec is malformed", List.of());
            return;
        }
        catch (IOException e) {
            fail(results, block, where + ": the service at " + services.http().baseUrl() + " did not answer: " + e,
                    "No answer", List.of());
            return;
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail(results, block, where + ": interrupted", "Interrupted", List.of());
            return;
        }
        session.exchanged(exchange);
        List<String> violations = services.contract().violations(exchange);
        if (violations.isEmpty()) {
            results.record(Result.SUCCESS);
            SpecBlocks.passed(block);
        }
        else {
            String detail = String.join("\n", violations) + "\n\nThe exchange:\n" + exchange.describe();
            List<String> log = services.serverLog().linesFor(exchange.requestId());
            results.record(Result.FAILURE);
            session.problem(where + ": the exchange breaks the contract (openapi.yaml):\n" + detail + ServerLog.describe(exchange, log));
            SpecBlocks.failed(block, "The exchange breaks the contract (openapi.yaml)", detail, log);
        }
    }

    private void fail(ResultRecorder results, Element block, String problem, String title, List<String> log) {
        session.requestFailed();
        results.record(Result.EXCEPTION);
        session.problem(problem);
        SpecBlocks.failed(block, title, problem, log);
    }
}
