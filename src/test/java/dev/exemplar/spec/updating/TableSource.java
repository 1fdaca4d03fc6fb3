package dev.exemplar.spec.updating;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A "Then … holds these rows" table in a spec's source, written one row a line: where its
 * rows are (after the header row and the blank lines that follow it), and the columns of
 * its header row, so that new rows line up under them.
 *
 * @param start offset of its first row; {@code end} offset of its closing {@code |===}
 */
record TableSource(int start, int end, String header, String lineEnding) {

	private static final Pattern LINE = Pattern.compile("([^\\r\\n]*)(\\r\\n|\\n|\\r|$)");

	private static final String DELIMITER = "|===";

	private static final int LOOK_AHEAD = 4;

	/**
	 * @param line the table's line, from 1: its title's, or its opening delimiter's
	 */
	static TableSource at(String text, int line) throws UpdateRefused {
		List<int[]> lines = new ArrayList<>();
		Matcher each = LINE.matcher(text);
		while (each.find() && each.start() < text.length()) {
			lines.add(new int[] { each.start(), each.end(1), each.end() });
		}
		int opening = line - 1;
		while (opening < Math.min(lines.size(), line - 1 + LOOK_AHEAD)
				&& !text(text, lines, opening).strip().equals(DELIMITER)) {
			opening++;
		}
		int header = opening + 1;
		while (header < lines.size() && text(text, lines, header).isBlank()) {
			header++;
		}
		int first = header + 1;
		while (first < lines.size() && text(text, lines, first).isBlank()) {
			first++;
		}
		for (int i = first; i < lines.size(); i++) {
			String row = text(text, lines, i).strip();
			if (row.equals(DELIMITER)) {
				return new TableSource(lines.get(first)[0], lines.get(i)[0], text(text, lines, header),
						text.substring(lines.get(header)[1], lines.get(header)[2]));
			}
			if (!row.isEmpty() && !row.startsWith("|")) {
				throw new UpdateRefused("its rows are not written one a line, as the update writes them");
			}
		}
		throw new UpdateRefused("no table (|===) opens at line " + line + " of the source, or it is never closed");
	}

	/**
	 * The rows, one a line, each cell starting under its column's {@code |} in the header
	 * row (NULL as an empty cell).
	 */
	String rows(List<List<String>> rows) {
		List<Integer> columns = new ArrayList<>();
		for (int i = header.indexOf('|'); i >= 0; i = header.indexOf('|', i + 1)) {
			columns.add(i);
		}
		StringBuilder text = new StringBuilder();
		for (List<String> row : rows) {
			StringBuilder line = new StringBuilder();
			for (int i = 0; i < row.size(); i++) {
				while (i < columns.size() && line.length() < columns.get(i)) {
					line.append(' ');
				}
				line.append("| ").append(row.get(i) == null ? "" : row.get(i)).append(' ');
			}
			text.append(line.toString().stripTrailing()).append(lineEnding.isEmpty() ? "\n" : lineEnding);
		}
		return text.toString();
	}

	private static String text(String text, List<int[]> lines, int i) {
		return text.substring(lines.get(i)[0], lines.get(i)[1]);
	}
}
