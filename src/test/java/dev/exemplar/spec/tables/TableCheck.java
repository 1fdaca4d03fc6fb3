package dev.exemplar.spec.tables;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.exemplar.spec.grammar.Placeholder;
import dev.exemplar.spec.reading.SourceLine;

/**
 * A "Then &lt;table&gt; holds these rows" table: the table must hold exactly these rows.
 */
public final class TableCheck {

	private TableCheck() {
	}

	/**
	 * @param expected the rows as the spec states them, captures already substituted; a
	 * cell holding a placeholder ({@code ${…}}) matches any stored value
	 * @return what differs, with the rows the table holds; empty when it holds exactly
	 * these rows
	 */
	public static Optional<String> differences(SpecDatabase database, String table, RowsTable expected,
			SourceLine where) {
		List<String> columns = expected.columns();
		StringBuilder problems = new StringBuilder();
		for (List<String> row : expected.rows()) {
			Map<String, String> values = new LinkedHashMap<>();
			for (int i = 0; i < columns.size(); i++) {
				String cell = row.get(i);
				if (!Placeholder.opens(cell)) {
					values.put(columns.get(i), cell.isEmpty() ? null : cell);
				}
			}
			if (database.count(table, values, where) != 1) {
				problems.append("no single row matches ").append(row).append('\n');
			}
		}
		int total = database.count(table, Map.of(), where);
		if (total != expected.rows().size()) {
			problems.append("expected ")
				.append(expected.rows().size())
				.append(" rows but the table holds ")
				.append(total)
				.append('\n');
		}
		if (problems.isEmpty()) {
			return Optional.empty();
		}
		problems.append("\n").append(table).append(" holds ").append(columns).append(":\n");
		database.rows(table, columns, where).forEach(row -> problems.append("  ").append(row).append('\n'));
		return Optional.of(problems.toString().strip());
	}

}
