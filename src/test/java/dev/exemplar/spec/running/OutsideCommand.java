package dev.exemplar.spec.running;

import java.util.Optional;

import org.concordion.api.AbstractCommand;
import org.concordion.api.CommandCall;
import org.concordion.api.Element;
import org.concordion.api.Evaluator;
import org.concordion.api.Fixture;
import org.concordion.api.Result;
import org.concordion.api.ResultRecorder;

import dev.exemplar.spec.grammar.Role;
import dev.exemplar.spec.grammar.Titles;
import dev.exemplar.spec.http.HttpRequestText;
import dev.exemplar.spec.matching.ExpectationText;
import dev.exemplar.spec.reading.SourceLine;
import dev.exemplar.spec.reading.SpecBlocks;
import dev.exemplar.spec.reading.SpecError;
import dev.exemplar.spec.stubs.StubTitle;

/**
 * A {@code [source,http]} listing titled "Given the … answers" (its answer is the listing
 * that follows, see {@link #answers()}), "Given the … fails the connection", or "Then the
 * … was asked": a stub of an outside service for this example, or a check of the calls
 * the service made to it.
 */
final class OutsideCommand extends AbstractCommand {

	private final SpecEnvironment environment;

	private final SpecSession session;

	private final Verdicts verdicts;

	OutsideCommand(SpecEnvironment environment, SpecSession session, Verdicts verdicts) {
		this.environment = environment;
		this.session = session;
		this.verdicts = verdicts;
	}

	@Override
	public void execute(CommandCall call, Evaluator evaluator, ResultRecorder results, Fixture fixture) {
		Element block = call.getElement();
		session.awaitStubAnswer(null);
		if (session.skipReason() != null) {
			verdicts.ignored(results, block, "Not arranged: " + session.skipReason() + ".");
			return;
		}
		SourceLine where = session.at(SpecBlocks.line(block));
		try {
			StubTitle title = StubTitle.read(call.getExpression())
				.orElseThrow(() -> new SpecError(where,
						"'" + call.getExpression() + "' is not a title the engine reads; write " + Titles.OUTSIDE_FORMS
								+ " (optionally 'once', 'twice', 'never', '3 times')"));
			HttpRequestText request = HttpRequestText
				.parse(session.captures().substitute(SpecBlocks.listingText(block), where), where);
			if (title.awaitsAnswer()) {
				session.awaitStubAnswer(new PendingStub(title, request, block, where));
			}
			else if (title.given()) {
				stub(environment, session, title, request, Optional.empty(), false, where);
				verdicts.passed(results, block);
			}
			else {
				asked(results, block, where, title, request);
			}
		}
		catch (SpecError e) {
			verdicts.malformed(results, block, e);
		}
	}

	private void asked(ResultRecorder results, Element block, SourceLine where, StubTitle title,
			HttpRequestText request) {
		int count = count(title, request, where);
		boolean kept = title.times().isPresent() ? count == title.times().getAsInt() : count > 0;
		if (kept) {
			verdicts.passed(results, block);
		}
		else {
			verdicts.failed(results, Result.FAILURE, block, where, "The " + title.service() + " was asked otherwise",
					"expected " + (title.times().isPresent() ? title.times().getAsInt() + " such call(s)"
							: "at least one such call") + ", found " + count,
					Optional.empty());
		}
	}

	private int count(StubTitle title, HttpRequestText request, SourceLine where) {
		try {
			return environment.outside().checks().count(title.service(), request);
		}
		catch (IllegalArgumentException e) {
			throw new SpecError(where, e.getMessage());
		}
	}

	/**
	 * Sets a stub up, and keeps it with the example's (the clean-up sets them up again);
	 * a stub of an outside service the service does not name is the spec's mistake.
	 */
	static void stub(SpecEnvironment environment, SpecSession session, StubTitle title, HttpRequestText request,
			Optional<ExpectationText> answer, boolean offContract, SourceLine where) {
		try {
			environment.outside().stubs().stub(title, request, answer, offContract);
			session.stubbed(new AppliedStub(title, request, answer, offContract));
		}
		catch (IllegalArgumentException e) {
			throw new SpecError(where, e.getMessage());
		}
	}

	/**
	 * {@code role=off-contract} on an answer: it breaks the outside service's contract on
	 * purpose.
	 */
	static boolean offContract(Element answer) {
		return Role.OFF_CONTRACT.in(answer.getAttributeValue("class"));
	}

	/** A stub that waits for its answer, the listing after its request. */
	record PendingStub(StubTitle title, HttpRequestText request, Element block, SourceLine where) {
	}

	/**
	 * The command of the listing after "Given the … answers", which completes this one's
	 * stub.
	 */
	AbstractCommand answers() {
		return new Answer();
	}

	/**
	 * The listing after "Given the … answers": the answer (status line, headers, body),
	 * which sets the stub up.
	 */
	private final class Answer extends AbstractCommand {

		@Override
		public void execute(CommandCall call, Evaluator evaluator, ResultRecorder results, Fixture fixture) {
			Element block = call.getElement();
			PendingStub pending = session.awaitStubAnswer(null);
			if (pending == null) { // its request was skipped or malformed, and said so
				verdicts.ignored(results, block, "");
				return;
			}
			SourceLine where = session.at(SpecBlocks.line(block));
			try {
				ExpectationText answer = ExpectationText
					.parse(session.captures().substitute(SpecBlocks.listingText(block), where), where);
				stub(environment, session, pending.title(), pending.request(), Optional.of(answer), offContract(block),
						pending.where());
				verdicts.passed(results, pending.block());
				verdicts.passed(results, block);
			}
			catch (SpecError e) {
				verdicts.malformed(results, block, e);
			}
		}

	}

}
