package dev.exemplar.spec;

import java.util.List;

import org.concordion.api.AbstractCommand;
import org.concordion.api.CommandCall;
import org.concordion.api.Evaluator;
import org.concordion.api.Fixture;
import org.concordion.api.Result;
import org.concordion.api.ResultRecorder;

/** A block the conventions could not place (an expectation with no request, say): fails its example, saying why. */
final class MalformedBlockCommand extends AbstractCommand {

    private final SpecSession session;

    MalformedBlockCommand(SpecSession session) {
        this.session = session;
    }

    @Override
    public void execute(CommandCall call, Evaluator evaluator, ResultRecorder results, Fixture fixture) {
        String problem = session.at(SpecBlocks.line(call.getElement())) + ": " + call.getExpression();
        results.record(Result.EXCEPTION);
        session.problem(problem);
        SpecBlocks.failed(call.getElement(), "The spec is malformed", problem, List.of());
    }
}
