package dev.exemplar.spec.running;

import java.io.IOException;
import java.util.Optional;

import org.concordion.api.AbstractCommand;
import org.concordion.api.CommandCall;
import org.concordion.api.Element;
import org.concordion.api.Evaluator;
import org.concordion.api.Fixture;
import org.concordion.api.Result;
import org.concordion.api.ResultRecorder;

import dev.exemplar.spec.http.HttpDriver;
import dev.exemplar.spec.http.HttpExchange;
import dev.exemplar.spec.http.HttpRequestText;
import dev.exemplar.spec.reading.SourceLine;
import dev.exemplar.spec.reading.SpecBlocks;
import dev.exemplar.spec.reading.SpecError;
import dev.exemplar.spec.results.PageMarkup;

/**
 * A {@code [source,http]} block: sends the request and checks the exchange against the
 * contract, on the contract's thread while the example goes on (its verdict is given when
 * the example ends: see {@link Verdicts#settle}).
 */
final class RequestCommand extends AbstractCommand {

	private final SpecEnvironment environment;

	private final SpecSession session;

	private final Verdicts verdicts;

	RequestCommand(SpecEnvironment environment, SpecSession session, Verdicts verdicts) {
		this.environment = environment;
		this.session = session;
		this.verdicts = verdicts;
	}

	@Override
	public void execute(CommandCall call, Evaluator evaluator, ResultRecorder results, Fixture fixture) {
		Element block = call.getElement();
		if (session.skipReason() != null) {
			verdicts.ignored(results, block, "Not sent: " + session.skipReason() + ".");
			return;
		}
		SourceLine where = session.at(SpecBlocks.line(block));
		HttpExchange exchange;
		HttpRequestText request;
		try {
			request = HttpRequestText.parse(session.captures().substitute(SpecBlocks.listingText(block), where), where);
			if (!environment.http().isTheService(request.target())) {
				throw new SpecError(where,
						"'" + request.target() + "' leads away from the service under test ("
								+ environment.http().baseUrl()
								+ "), and a spec's requests go only to it: write the path alone ("
								+ HttpDriver.pathOf(request.target()) + ")");
			}
			exchange = environment.http().send(request);
		}
		catch (SpecError e) {
			session.requestFailed();
			verdicts.malformed(results, block, e);
			return;
		}
		catch (IllegalArgumentException e) { // the JDK's URI refuses the target
			session.requestFailed();
			verdicts.malformed(results, block, new SpecError(where, "the request's target is not a URL ("
					+ e.getMessage() + "); percent-encode what a URL cannot hold as it is (a space is %20, | is %7C)"));
			return;
		}
		catch (IOException e) {
			session.requestFailed();
			verdicts.failed(results, Result.EXCEPTION, block, where, "The service did not answer",
					environment.http().baseUrl() + ": " + e, Optional.empty());
			return;
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			session.requestFailed();
			verdicts.failed(results, Result.EXCEPTION, block, where, "Interrupted", "", Optional.empty());
			return;
		}
		session.exchanged(exchange);
		if (environment.outside().running()) {
			block.addAttribute(PageMarkup.OUTSIDE_CALLS_SO_FAR,
					String.valueOf(environment.outside().checks().callCount()));
		}
		environment.cleanUp()
			.created(exchange)
			.ifPresent(location -> session.cleanUp().remember(location, request.headers(), session.stubs()));
		session.checkLater(
				new ContractCheck(block, where, exchange, results, environment.contract().violationsLater(exchange)));
	}

}
