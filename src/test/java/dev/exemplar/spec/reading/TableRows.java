package dev.exemplar.spec.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import dev.exemplar.spec.grammar.Titles;

/**
 * A row of a spec's table that has more or fewer cells than the table has columns.
 * Asciidoctor flows cells from row to row, so such a row shifts every cell after it
 * without a word: this reads the source, one row a line as the specs write their tables,
 * and names the row. A table written otherwise (a row over several lines) is left alone.
 *
 * <p>
 * Here, not in {@code tables}: it runs as a spec is converted, and {@code tables} builds
 * on {@code reading} ({@code SourceLine}, {@code SpecError}); there it would make the
 * cycle {@code ArchitectureTests} refuses.
 */
final class TableRows {

	private static final String DELIMITER = "|===";

	private static final Pattern BLOCK_DELIMITER = Pattern.compile("-{4,}|\\.{4,}");

	private static final Pattern CELL_SEPARATOR = Pattern.compile("(?<!\\\\)\\|");

	private TableRows() {
	}

	static List<String> mistakes(String source, String name) {
		String[] lines = source.split("\\R", -1);
		List<String> mistakes = new ArrayList<>();
		String literal = null; // the delimiter of the listing or literal block the line
								// is in: a table there is text
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			if (literal != null) {
				literal = line.equals(literal) ? null : literal;
			}
			else if (BLOCK_DELIMITER.matcher(line).matches()) {
				literal = line;
			}
			else if (Titles.TABLE_TITLE_LINE.matcher(line).matches()) {
				int opening = i + 1;
				while (opening < lines.length && lines[opening].strip().startsWith("[")) {
					opening++;
				}
				if (opening < lines.length && lines[opening].strip().equals(DELIMITER)) {
					check(lines, opening + 1, name, mistakes);
				}
			}
		}
		return mistakes;
	}

	private static void check(String[] lines, int first, String name, List<String> mistakes) {
		int columns = -1;
		for (int i = first; i < lines.length && !lines[i].strip().equals(DELIMITER); i++) {
			String line = lines[i].strip();
			if (line.isEmpty()) {
				continue;
			}
			if (!line.startsWith("|")) {
				return; // a cell over several lines: Asciidoctor's rules, not one row a
						// line (rows named so far stay named)
			}
			int cells = (int) CELL_SEPARATOR.matcher(line).results().count();
			if (columns < 0) {
				columns = cells;
			}
			else if (cells != columns) {
				mistakes.add(name + ":" + (i + 1) + ": this row has " + cells + " cells, and the table " + columns
						+ " columns; give every row one cell per column (an empty cell, | with nothing after it, is NULL)");
			}
		}
	}

}
