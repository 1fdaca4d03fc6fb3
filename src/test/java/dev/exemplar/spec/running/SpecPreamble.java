package dev.exemplar.spec.running;

import java.util.List;
import java.util.Optional;

import org.concordion.api.Element;

import dev.exemplar.spec.http.HttpRequestText;
import dev.exemplar.spec.matching.ExpectationText;
import dev.exemplar.spec.pages.BlockMarks;
import dev.exemplar.spec.reading.SourceLine;
import dev.exemplar.spec.reading.SpecBlocks;
import dev.exemplar.spec.reading.SpecConventions;
import dev.exemplar.spec.reading.SpecError;
import dev.exemplar.spec.stubs.StubTitle;
import dev.exemplar.spec.tables.RowsTable;
import dev.exemplar.spec.tables.SpecDatabase;

/**
 * What a spec states above its first section, for every example: the rows its "Given"
 * tables put in the database, and what its outside services answer.
 */
final class SpecPreamble {

	private final SpecEnvironment environment;

	private final SpecSession session;

	private final Verdicts verdicts;

	private final List<Element> rows;

	private final List<List<Element>> stubs;

	/**
	 * @param rows the "Given" tables above the first section
	 * @param stubs the stubs above the first section, each its request listing and, if
	 * any, its answer's
	 */
	SpecPreamble(SpecEnvironment environment, SpecSession session, Verdicts verdicts, List<Element> rows,
			List<List<Element>> stubs) {
		this.environment = environment;
		this.session = session;
		this.verdicts = verdicts;
		this.rows = rows;
		this.stubs = stubs;
	}

	/** Whether it writes rows: then every example needs the database. */
	boolean writesRows() {
		return !rows.isEmpty();
	}

	/**
	 * Every spec starts from an empty database, plus the rows its "Given" tables above
	 * the first section state. A failure there fails the first example.
	 */
	void seedDatabase() {
		if (environment.database().isEmpty()) {
			rows.forEach(table -> BlockMarks.ignored(table, "Not written: " + SpecEnvironment.NO_DATABASE + "."));
			return;
		}
		SpecDatabase database = environment.database().get();
		database.startSpec();
		for (Element table : rows) {
			SourceLine where = session.at(SpecBlocks.line(table));
			try {
				RowsTable read = RowsTable.read(table, where);
				database.insert(table.getAttributeValue(SpecConventions.TABLE), read.columns(), read.rows(), where);
				BlockMarks.passed(table);
			}
			catch (SpecError e) {
				verdicts.malformed(table, e);
			}
			catch (RuntimeException e) {
				verdicts.failed(table, where, "The database refused the rows", e.getMessage(), Optional.empty());
			}
		}
	}

	/**
	 * Each example starts from the stubs above the first section only; a broken one fails
	 * the example.
	 */
	void stubOutsideServices() {
		environment.outside().reset();
		for (List<Element> stub : stubs) {
			Element request = stub.get(0);
			SourceLine where = session.at(SpecBlocks.line(request));
			try {
				StubTitle title = StubTitle.read(request.getFirstChildElement("div").getText())
					.orElseThrow(() -> new SpecError(where, "this listing's title is not one the engine reads"));
				OutsideCommand.stub(environment, session, title,
						HttpRequestText.parse(session.captures().substitute(SpecBlocks.listingText(request), where),
								where),
						stub.size() > 1 ? Optional.of(ExpectationText.parse(
								session.captures().substitute(SpecBlocks.listingText(stub.get(1)), where),
								session.at(SpecBlocks.line(stub.get(1))))) : Optional.empty(),
						stub.size() > 1 && OutsideCommand.offContract(stub.get(1)), where);
				stub.forEach(BlockMarks::passed);
			}
			catch (SpecError e) {
				verdicts.malformed(request, e);
			}
		}
	}

}
