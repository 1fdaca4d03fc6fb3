package dev.exemplar.spec.running;

import java.util.List;
import java.util.Optional;

import org.concordion.api.AbstractCommand;
import org.concordion.api.CommandCall;
import org.concordion.api.Element;
import org.concordion.api.Evaluator;
import org.concordion.api.Fixture;
import org.concordion.api.Result;
import org.concordion.api.ResultRecorder;

import dev.exemplar.spec.http.HttpExchange;
import dev.exemplar.spec.matching.AnswerDifferences;
import dev.exemplar.spec.matching.ExpectationText;
import dev.exemplar.spec.reading.SourceLine;
import dev.exemplar.spec.reading.SpecBlocks;
import dev.exemplar.spec.reading.SpecError;

/**
 * A {@code [source,json]} (or {@code [source,text]}) block after a request: checks the answer's status, the
 * headers it names and the body.
 */
final class ExpectCommand extends AbstractCommand {

    static final String LENIENT_ROLE = "lenient";

    private final SpecSession session;
    private final Verdicts verdicts;
    private final boolean json;

    ExpectCommand(SpecSession session, Verdicts verdicts, boolean json) {
        this.session = session;
        this.verdicts = verdicts;
        this.json = json;
    }

    @Override
    public void verify(CommandCall call, Evaluator evaluator, ResultRecorder results, Fixture fixture) {
        Element block = call.getElement();
        HttpExchange exchange = session.lastExchange();
        if (exchange == null) {
            // the request already failed and said why; a second error here would only repeat it
            verdicts.ignored(results, block, "");
            return;
        }
        SourceLine where = session.at(SpecBlocks.line(block));
        List<String> differences;
        try {
            ExpectationText expected = ExpectationText.parse(session.captures().substitute(SpecBlocks.listingText(block), where));
            boolean lenient = String.valueOf(block.getAttributeValue("class")).contains(LENIENT_ROLE);
            differences = AnswerDifferences.of(expected, exchange, json, lenient, session.captures(), where);
        }
        catch (SpecError e) {
            verdicts.malformed(results, block, e);
            return;
        }
        if (differences.isEmpty()) {
            verdicts.passed(results, block);
        }
        else {
            verdicts.failed(results, Result.FAILURE, block, where, "The answer differs from the expectation",
                    String.join("\n", differences) + "\n\nThe answer was:\n" + exchange.describe(), Optional.of(exchange));
        }
    }
}
