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

import dev.exemplar.spec.grammar.Role;
import dev.exemplar.spec.http.HttpExchange;
import dev.exemplar.spec.matching.AnswerDifferences;
import dev.exemplar.spec.matching.ExpectationText;
import dev.exemplar.spec.reading.SourceLine;
import dev.exemplar.spec.reading.SpecBlocks;
import dev.exemplar.spec.reading.SpecError;
import dev.exemplar.spec.updating.SpecRewrites;
import dev.exemplar.spec.updating.SpecRewrites.Proposal;

/**
 * A {@code [source,json]} (or {@code [source,text]}) block after a request: checks the
 * answer's status, the headers it names and the body.
 */
final class ExpectCommand extends AbstractCommand {

	private final SpecSession session;

	private final Verdicts verdicts;

	private final SpecRewrites rewrites;

	private final boolean json;

	ExpectCommand(SpecSession session, Verdicts verdicts, SpecRewrites rewrites, boolean json) {
		this.session = session;
		this.verdicts = verdicts;
		this.rewrites = rewrites;
		this.json = json;
	}

	@Override
	public void verify(CommandCall call, Evaluator evaluator, ResultRecorder results, Fixture fixture) {
		Element block = call.getElement();
		HttpExchange exchange = session.lastExchange();
		if (exchange == null) {
			// the request already failed and said why; a second error here would only
			// repeat it
			verdicts.ignored(results, block, "");
			return;
		}
		SourceLine where = session.at(SpecBlocks.line(block));
		List<String> differences;
		Proposal proposal;
		try {
			String text = SpecBlocks.listingText(block);
			ExpectationText expected = ExpectationText.parse(session.captures().substitute(text, where), where);
			boolean lenient = Role.LENIENT.in(block.getAttributeValue("class"));
			differences = AnswerDifferences.of(expected, exchange, json, lenient, session.captures(), where);
			proposal = rewrites.propose(where.line(), text, exchange, json, lenient, expected.statesAnything(),
					!differences.isEmpty(), refusal(block), captured -> session.captures().substitute(captured, where));
		}
		catch (SpecError e) {
			verdicts.malformed(results, block, e);
			return;
		}
		catch (RuntimeException e) { // the engine's own fault: said, with its cause,
										// rather than lost in Concordion
			verdicts.failed(results, Result.EXCEPTION, block, where, "The engine could not check this expectation",
					String.valueOf(e), Optional.of(exchange));
			return;
		}
		if (differences.isEmpty() || proposal.written()) {
			verdicts.passed(results, block);
		}
		else {
			String update = proposal.describe(rewrites.mode());
			verdicts.failed(results, Result.FAILURE, block, where, "The answer differs from the expectation",
					String.join("\n", differences) + "\n\nThe answer was:\n" + exchange.describe()
							+ (update.isEmpty() ? "" : "\n\n" + update),
					Optional.of(exchange));
		}
	}

	/**
	 * What no answer may rewrite: the expectations of a pending example, and those
	 * written in an included file.
	 */
	private Optional<String> refusal(Element block) {
		if (session.pending()) {
			return Optional
				.of("its example is pending: it states behaviour not built yet, which no answer of today approves");
		}
		if (SpecBlocks.included(block)) {
			return Optional.of("it is written in an included file, and the update rewrites only the spec's own file");
		}
		return Optional.empty();
	}

}
