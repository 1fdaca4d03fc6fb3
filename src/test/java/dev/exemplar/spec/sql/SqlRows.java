package dev.exemplar.spec.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.exemplar.spec.matching.Captures;
import dev.exemplar.spec.matching.Placeholders;
import dev.exemplar.spec.tables.RowsTable;

/**
 * A "Which gives these rows" table against the last statement's rows: the same columns,
 * exactly these rows in the order the table gives them, each cell compared as text (an
 * empty cell is NULL; a cell may be a placeholder or a capture, as in any table of a
 * spec).
 */
public final class SqlRows {

	private SqlRows() {
	}

	/**
	 * @return what differs, with what PostgreSQL answered; empty when the rows are these
	 */
	public static Optional<String> differences(RowsTable expected, SqlOutcome outcome, Captures captures) {
		if (outcome.kind() != SqlOutcome.Kind.RAN || !outcome.hasRows()) {
			return Optional.of("expected " + expected.rows().size() + (expected.rows().size() == 1 ? " row" : " rows")
					+ " " + expected.columns() + "\nbut " + outcome.describe());
		}
		List<String> problems = new ArrayList<>();
		if (!expected.columns().equals(outcome.columns())) {
			problems.add(
					"expected the columns " + expected.columns() + " but the last statement gave " + outcome.columns());
		}
		else {
			for (int i = 0; i < Math.min(expected.rows().size(), outcome.rows().size()); i++) {
				if (!matches(expected.rows().get(i), outcome.rows().get(i), captures)) {
					problems.add("row " + (i + 1) + ": expected " + shown(expected.rows().get(i), true) + " but was "
							+ shown(outcome.rows().get(i), false));
				}
			}
			if (expected.rows().size() != outcome.rows().size()) {
				problems.add("expected " + expected.rows().size() + " rows but the last statement gave "
						+ outcome.rows().size());
			}
		}
		if (problems.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(String.join("\n", problems) + "\n\n" + outcome.describe());
	}

	private static boolean matches(List<String> expected, List<String> actual, Captures captures) {
		for (int i = 0; i < expected.size(); i++) {
			String cell = expected.get(i);
			boolean same = cell.isEmpty() ? actual.get(i) == null
					: actual.get(i) != null && Placeholders.matchesValue(cell, actual.get(i), captures);
			if (!same) {
				return false;
			}
		}
		return true;
	}

	private static String shown(List<String> row, boolean expected) {
		return row.stream().map(cell -> cell == null || expected && cell.isEmpty() ? "NULL" : cell).toList().toString();
	}

}
