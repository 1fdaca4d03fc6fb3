package dev.exemplar.spec.running;

import java.util.Optional;

import org.concordion.api.AbstractCommand;
import org.concordion.api.CommandCall;
import org.concordion.api.Element;
import org.concordion.api.Evaluator;
import org.concordion.api.Fixture;
import org.concordion.api.Result;
import org.concordion.api.ResultRecorder;

import dev.exemplar.spec.pages.BlockMarks;
import dev.exemplar.spec.reading.SourceLine;
import dev.exemplar.spec.reading.SpecBlocks;
import dev.exemplar.spec.reading.SpecError;
import dev.exemplar.spec.sql.SqlRefusal;
import dev.exemplar.spec.sql.SqlRows;
import dev.exemplar.spec.tables.RowsTable;

/**
 * What a SQL block must meet, right after it: a table titled "Which gives these rows"
 * (the last statement's rows, exactly, in order) or a {@code [source,text]} listing, the
 * refusal ({@code connection refused: …} or {@code error: …}). A difference shows what
 * PostgreSQL answered.
 */
final class SqlExpectCommand extends AbstractCommand {

	private final SpecSession session;

	private final Verdicts verdicts;

	private final boolean rows;

	SqlExpectCommand(SpecSession session, Verdicts verdicts, boolean rows) {
		this.session = session;
		this.verdicts = verdicts;
		this.rows = rows;
	}

	@Override
	public void execute(CommandCall call, Evaluator evaluator, ResultRecorder results, Fixture fixture) {
		Element block = call.getElement();
		SqlCommand.SqlAnswer answer = session.sqlAnswered(null);
		if (answer == null) { // the SQL block did not run, and said why
			verdicts.ignored(results, block, "");
			return;
		}
		SourceLine where = session.at(SpecBlocks.line(block));
		Optional<String> differences;
		try {
			differences = rows
					? SqlRows.differences(
							RowsTable.read(block, where).withCells(cell -> session.captures().substitute(cell, where)),
							answer.outcome(), session.captures())
					: SqlRefusal.read(session.captures().substitute(SpecBlocks.listingText(block), where), where)
						.differences(answer.outcome(), session.captures());
		}
		catch (SpecError e) {
			verdicts.malformed(results, block, e);
			return;
		}
		if (differences.isEmpty()) {
			BlockMarks.passed(answer.block());
			verdicts.passed(results, block);
		}
		else {
			verdicts.failed(results, Result.FAILURE, block, where,
					rows ? "The rows differ" : "What PostgreSQL answered differs",
					differences.get() + "\n\nConnecting to " + answer.address(), Optional.empty());
		}
	}

}
