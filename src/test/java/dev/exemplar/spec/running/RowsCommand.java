package dev.exemplar.spec.running;

import java.util.Optional;

import org.concordion.api.AbstractCommand;
import org.concordion.api.CommandCall;
import org.concordion.api.Element;
import org.concordion.api.Evaluator;
import org.concordion.api.Fixture;
import org.concordion.api.Result;
import org.concordion.api.ResultRecorder;

import dev.exemplar.spec.reading.SourceLine;
import dev.exemplar.spec.reading.SpecBlocks;
import dev.exemplar.spec.reading.SpecError;
import dev.exemplar.spec.tables.RowsTable;
import dev.exemplar.spec.tables.SpecDatabase;
import dev.exemplar.spec.tables.TableCheck;
import dev.exemplar.spec.updating.SpecRewrites;
import dev.exemplar.spec.updating.SpecRewrites.Proposal;

/**
 * A table titled "Given these rows in &lt;table&gt;" (seeds them before the next request)
 * or "Then &lt;table&gt; holds these rows" (checks, after the last request, that the
 * table holds exactly these rows).
 */
final class RowsCommand extends AbstractCommand {

	enum Mode {

		GIVEN, THEN

	}

	private final SpecEnvironment environment;

	private final SpecSession session;

	private final Verdicts verdicts;

	private final Mode mode;

	private final SpecRewrites rewrites;

	RowsCommand(SpecEnvironment environment, SpecSession session, Verdicts verdicts, Mode mode, SpecRewrites rewrites) {
		this.environment = environment;
		this.session = session;
		this.verdicts = verdicts;
		this.mode = mode;
		this.rewrites = rewrites;
	}

	@Override
	public void execute(CommandCall call, Evaluator evaluator, ResultRecorder results, Fixture fixture) {
		Element element = call.getElement();
		String table = call.getExpression();
		if (environment.database().isEmpty()) {
			verdicts.ignored(results, element, "Not run: this table " + SpecEnvironment.NO_DATABASE + ".");
			return;
		}
		SpecDatabase database = environment.database().get();
		SourceLine where = session.at(SpecBlocks.line(element));
		try {
			RowsTable read = RowsTable.read(element, where);
			RowsTable rows = read.withCells(cell -> session.captures().substitute(cell, where));
			Optional<String> problem = Optional.empty();
			if (mode == Mode.GIVEN) {
				database.insert(table, rows.columns(), rows.rows(), where);
			}
			else {
				problem = TableCheck.differences(database, table, rows, where);
			}
			Proposal update = problem.isEmpty() ? null
					: rewrites.proposeRows(where.line(), read.rows(), database.rows(table, rows.columns(), where),
							session.pending() ? Optional.of("its example is pending: it states behaviour not built yet")
									: Optional.empty());
			if (problem.isEmpty() || update.written()) {
				verdicts.passed(results, element);
			}
			else {
				String described = update.describe(rewrites.mode());
				verdicts.failed(results, Result.FAILURE, element, where, "The table " + table + " differs",
						problem.get() + (described.isEmpty() ? "" : "\n\n" + described), Optional.empty());
			}
		}
		catch (SpecError e) {
			verdicts.malformed(results, element, e);
		}
		catch (RuntimeException e) {
			verdicts.failed(results, Result.EXCEPTION, element, where, "The database refused the rows", e.getMessage(),
					Optional.empty());
		}
	}

}
