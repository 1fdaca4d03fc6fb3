package dev.exemplar.spec.running;

import java.sql.Connection;
import java.util.Optional;

import org.concordion.api.AbstractCommand;
import org.concordion.api.CommandCall;
import org.concordion.api.Element;
import org.concordion.api.Evaluator;
import org.concordion.api.Fixture;
import org.concordion.api.Result;
import org.concordion.api.ResultRecorder;

import dev.exemplar.spec.grammar.Language;
import dev.exemplar.spec.reading.SourceLine;
import dev.exemplar.spec.reading.SpecBlocks;
import dev.exemplar.spec.reading.SpecConventions;
import dev.exemplar.spec.reading.SpecError;
import dev.exemplar.spec.sql.ConnectingTitle;
import dev.exemplar.spec.sql.DatabaseAddress;
import dev.exemplar.spec.sql.SqlOutcome;
import dev.exemplar.spec.sql.SqlStatements;

/**
 * A {@code [source,sql]} listing titled "Connecting [as …] [with password …] to …":
 * connects (captures substituted in the title and the statements), runs the statements
 * and keeps what PostgreSQL answered for the table or the refusal that follows
 * ({@link SqlExpectCommand}). With nothing after it, the block passes when every
 * statement ran. A block may keep its session open for a later one of its example ("…,
 * keeping the session as old"; "Continuing the session old").
 */
final class SqlCommand extends AbstractCommand {

	private final SpecSession session;

	private final Verdicts verdicts;

	SqlCommand(SpecSession session, Verdicts verdicts) {
		this.session = session;
		this.verdicts = verdicts;
	}

	@Override
	public void execute(CommandCall call, Evaluator evaluator, ResultRecorder results, Fixture fixture) {
		Element block = call.getElement();
		session.sqlAnswered(null);
		if (session.skipReason() != null) {
			verdicts.ignored(results, block, "Not run: " + session.skipReason() + ".");
			return;
		}
		SourceLine where = session.at(SpecBlocks.line(block));
		Optional<String> continued = ConnectingTitle.continued(call.getExpression());
		DatabaseAddress address;
		String statements;
		SqlOutcome outcome;
		try {
			statements = session.captures().substitute(SpecBlocks.listingText(block), where);
			if (continued.isPresent()) {
				Connection kept = session.keptSession(continued.get())
					.orElseThrow(() -> new SpecError(where,
							"no session '" + continued.get() + "' is kept in this example; keep one with a block titled"
									+ " 'Connecting … to …, keeping the session as " + continued.get()
									+ "' before this one"));
				address = new DatabaseAddress("the session " + continued.get(), Optional.empty(), Optional.empty());
				outcome = SqlStatements.run(kept, statements);
			}
			else {
				address = ConnectingTitle.read(call.getExpression(), part -> session.captures().substitute(part, where),
						where);
				address.password().ifPresent(session.captures()::secret);
				Optional<String> keptAs = ConnectingTitle.keptAs(call.getExpression());
				if (keptAs.isPresent() && session.keptSession(keptAs.get()).isPresent()) {
					throw new SpecError(where, "a session '" + keptAs.get() + "' is kept already in this example; give"
							+ " this one another name");
				}
				outcome = SqlStatements.run(address, statements,
						connection -> keptAs.isPresent() && session.keepSession(keptAs.get(), connection));
			}
		}
		catch (SpecError e) {
			verdicts.malformed(results, block, e);
			return;
		}
		if (!String.valueOf(block.getAttributeValue(SpecConventions.SQL_THEN)).isEmpty()) {
			session.sqlAnswered(new SqlAnswer(block, address, outcome));
		}
		else if (outcome.kind() == SqlOutcome.Kind.RAN) {
			verdicts.passed(results, block);
		}
		else {
			verdicts.failed(results, Result.FAILURE, block, where, "The " + Language.SQL.named() + " block was refused",
					outcome.describe() + "\n\nConnecting to " + address
							+ "\n(if the refusal is what the spec shows, state it in a" + " " + Language.TEXT.marked()
							+ " listing right after the block: 'connection refused: …' or 'error: …')",
					Optional.empty());
		}
	}

	/**
	 * What a SQL block's connection and statements met, kept for the table or the refusal
	 * after it.
	 */
	record SqlAnswer(Element block, DatabaseAddress address, SqlOutcome outcome) {
	}

}
