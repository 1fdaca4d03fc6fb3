package dev.exemplar.spec.running;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

import org.concordion.api.Element;
import org.concordion.api.Result;
import org.concordion.api.ResultRecorder;

import dev.exemplar.spec.api.ServerLog;
import dev.exemplar.spec.http.HttpExchange;
import dev.exemplar.spec.pages.BlockMarks;
import dev.exemplar.spec.reading.SourceLine;
import dev.exemplar.spec.reading.SpecError;

/**
 * How a block ended, told in the three places it must go at once: Concordion's tally
 * (which decides the example's status), the example's failure message (file:line first,
 * then the service's log for the request) and the page (a mark on the block, what went
 * wrong under it). Secrets (a SQL block's password) are masked in all three.
 */
final class Verdicts {

	private final SpecSession session;

	private final ServerLog serverLog;

	private final String contractLocation;

	Verdicts(SpecSession session, ServerLog serverLog, String contractLocation) {
		this.session = session;
		this.serverLog = serverLog;
		this.contractLocation = contractLocation;
	}

	/**
	 * Waits for an example's contract checks and gives their verdicts, in the order of
	 * the requests.
	 * @param problems the example's problems, which a breach joins (the session may be in
	 * a later example by now)
	 */
	void settle(List<ContractCheck> checks, List<String> problems) {
		Consumer<String> problem = text -> problems.add(session.captures().mask(text)); // as
																						// SpecSession.problem
																						// masks
		for (ContractCheck check : checks) {
			List<String> violations;
			try {
				violations = check.violations().join();
			}
			catch (CompletionException e) {
				check.results().record(Result.EXCEPTION);
				failed(check.block(), check.where(),
						"The exchange could not be checked against the contract (" + contractLocation + ")",
						String.valueOf(e.getCause()), Optional.of(check.exchange()), problem);
				continue;
			}
			if (violations.isEmpty()) {
				passed(check.results(), check.block());
			}
			else {
				check.results().record(Result.FAILURE);
				failed(check.block(), check.where(), "The exchange breaks the contract (" + contractLocation + ")",
						String.join("\n", violations) + "\n\nThe exchange:\n" + check.exchange().describe(),
						Optional.of(check.exchange()), problem);
			}
		}
	}

	void passed(ResultRecorder results, Element block) {
		results.record(Result.SUCCESS);
		BlockMarks.passed(block);
	}

	/**
	 * @param reason why it did not run; empty when what it depended on failed and said so
	 * already
	 */
	void ignored(ResultRecorder results, Element block, String reason) {
		results.record(Result.IGNORED);
		BlockMarks.ignored(block, reason);
	}

	/** The spec is wrong here, not the service. */
	void malformed(ResultRecorder results, Element block, SpecError error) {
		results.record(Result.EXCEPTION);
		malformed(block, error);
	}

	/**
	 * For a block outside any example (a spec-wide table): its problem fails the example
	 * that runs first.
	 */
	void malformed(Element block, SpecError error) {
		session.problem(error.getMessage());
		BlockMarks.failed(block, "The spec is malformed", session.captures().mask(error.getMessage()), List.of());
	}

	/**
	 * The service, or its database, did not do what the spec says.
	 * @param kind {@link Result#FAILURE} for a difference, {@link Result#EXCEPTION} when
	 * it could not be checked
	 * @param exchange the request the failure is about, whose lines in the service's log
	 * are shown
	 */
	void failed(ResultRecorder results, Result kind, Element block, SourceLine where, String title, String detail,
			Optional<HttpExchange> exchange) {
		results.record(kind);
		failed(block, where, title, detail, exchange);
	}

	/** As above, for a block outside any example. */
	void failed(Element block, SourceLine where, String title, String detail, Optional<HttpExchange> exchange) {
		failed(block, where, title, detail, exchange, session::problem);
	}

	private void failed(Element block, SourceLine where, String title, String detail, Optional<HttpExchange> exchange,
			Consumer<String> problems) {
		List<String> log = exchange.map(sent -> serverLog.linesFor(sent.requestId())).orElse(List.of());
		String logText = log.isEmpty() ? ""
				: "\n\nThe service's log for request " + exchange.get().requestId() + ":\n" + String.join("\n", log);
		problems.accept(where + ": " + Character.toLowerCase(title.charAt(0)) + title.substring(1)
				+ (detail.isBlank() ? "" : ":\n" + detail) + logText);
		BlockMarks.failed(block, title, session.captures().mask(detail),
				log.stream().map(session.captures()::mask).toList());
	}

}
