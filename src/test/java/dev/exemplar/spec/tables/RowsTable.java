package dev.exemplar.spec.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.concordion.api.Element;

import dev.exemplar.spec.reading.SourceLine;
import dev.exemplar.spec.reading.SpecError;

/** A table of a spec as column names (its first row) and rows of cell texts. */
public record RowsTable(List<String> columns, List<List<String>> rows) {

	public static RowsTable read(Element table, SourceLine where) {
		List<List<String>> all = new ArrayList<>();
		for (Element row : table.getDescendantElements("tr")) {
			List<String> cells = new ArrayList<>();
			for (Element cell : row.getChildElements()) {
				if (cell.isNamed("th") || cell.isNamed("td")) {
					cells.add(cell.getText().strip());
				}
			}
			all.add(cells);
		}
		if (all.isEmpty()) {
			throw new SpecError(where, "the table has no rows: its first row names the columns");
		}
		List<String> columns = all.get(0);
		List<List<String>> rows = all.subList(1, all.size());
		for (List<String> row : rows) {
			if (row.size() != columns.size()) {
				throw new SpecError(where,
						"a row has " + row.size() + " cells for " + columns.size() + " columns: " + row);
			}
		}
		return new RowsTable(List.copyOf(columns), List.copyOf(rows));
	}

	/** The same table, each cell rewritten (its captures substituted, say). */
	public RowsTable withCells(UnaryOperator<String> rewrite) {
		return new RowsTable(columns, rows.stream().map(row -> row.stream().map(rewrite).toList()).toList());
	}
}
