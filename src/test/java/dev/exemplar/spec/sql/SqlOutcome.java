package dev.exemplar.spec.sql;

import java.util.List;

/**
 * What PostgreSQL answered a SQL block: the connection refused, a statement refused (the
 * statements before it ran), or every statement run, the last one's rows (none when it is
 * not a query: {@code columns} is empty then).
 *
 * @param message PostgreSQL's message (without its severity) when it refused, else null
 */
public record SqlOutcome(Kind kind, String message, List<String> columns, List<List<String>> rows, long updateCount) {

	public enum Kind {

		REFUSED, FAILED, RAN

	}

	static SqlOutcome refused(String message) {
		return new SqlOutcome(Kind.REFUSED, message, List.of(), List.of(), -1);
	}

	static SqlOutcome failed(String message) {
		return new SqlOutcome(Kind.FAILED, message, List.of(), List.of(), -1);
	}

	static SqlOutcome ran(List<String> columns, List<List<String>> rows, long updateCount) {
		return new SqlOutcome(Kind.RAN, null, columns, rows, updateCount);
	}

	/** Whether the last statement was a query (it gave rows, perhaps none). */
	public boolean hasRows() {
		return !columns.isEmpty();
	}

	/** What PostgreSQL answered, as the page and the failure show it. */
	public String describe() {
		return switch (kind) {
			case REFUSED -> "PostgreSQL refused the connection: " + message;
			case FAILED -> "PostgreSQL refused a statement: " + message;
			case RAN -> hasRows()
					? "PostgreSQL gave " + rows.size() + (rows.size() == 1 ? " row" : " rows") + ":\n" + table()
					: "the last statement gave no rows" + (updateCount >= 0 ? " (it changed " + updateCount + ")" : "");
		};
	}

	private String table() {
		StringBuilder text = new StringBuilder("| ").append(String.join(" | ", columns)).append('\n');
		for (List<String> row : rows) {
			text.append("| ")
				.append(String.join(" | ", row.stream().map(cell -> cell == null ? "NULL" : cell).toList()))
				.append('\n');
		}
		return text.toString().strip();
	}
}
