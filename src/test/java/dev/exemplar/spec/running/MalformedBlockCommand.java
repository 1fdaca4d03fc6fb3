package dev.exemplar.spec.running;

import org.concordion.api.AbstractCommand;
import org.concordion.api.CommandCall;
import org.concordion.api.Evaluator;
import org.concordion.api.Fixture;
import org.concordion.api.ResultRecorder;

import dev.exemplar.spec.reading.SpecBlocks;
import dev.exemplar.spec.reading.SpecError;

/**
 * A block the conventions could not place (an expectation with no request, say): fails
 * its example, saying why.
 */
final class MalformedBlockCommand extends AbstractCommand {

	private final SpecSession session;

	private final Verdicts verdicts;

	MalformedBlockCommand(SpecSession session, Verdicts verdicts) {
		this.session = session;
		this.verdicts = verdicts;
	}

	@Override
	public void execute(CommandCall call, Evaluator evaluator, ResultRecorder results, Fixture fixture) {
		verdicts.malformed(results, call.getElement(),
				new SpecError(session.at(SpecBlocks.line(call.getElement())), call.getExpression()));
	}

}
