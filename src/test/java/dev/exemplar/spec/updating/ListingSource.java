package dev.exemplar.spec.updating;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A delimited listing ({@code ----} or {@code ....}) in a spec's source text: where its
 * content lines are, and the line ending the file uses there, so that a rewrite replaces
 * those lines and nothing else.
 *
 * @param start offset of its first content line; {@code end} offset of its closing
 * delimiter
 */
record ListingSource(int start, int end, List<String> lines, String lineEnding) {

	private static final Pattern LINE = Pattern.compile("([^\\r\\n]*)(\\r\\n|\\n|\\r|$)");

	private static final Pattern DELIMITER = Pattern.compile("(-{4,}|\\.{4,})\\s*");

	/**
	 * From the line Asciidoctor names (its attribute line, or its delimiter) to the
	 * opening delimiter.
	 */
	private static final int LOOK_AHEAD = 4;

	/**
	 * @param line the block's line, from 1
	 */
	static ListingSource at(String text, int line) throws UpdateRefused {
		List<int[]> lines = lines(text);
		for (int i = line - 1; i >= 0 && i < Math.min(lines.size(), line - 1 + LOOK_AHEAD); i++) {
			String delimiter = text.substring(lines.get(i)[0], lines.get(i)[1]);
			if (DELIMITER.matcher(delimiter).matches()) {
				return closed(text, lines, i, delimiter.strip());
			}
		}
		throw new UpdateRefused("no delimited listing (----) starts at line " + line + " of the source");
	}

	String content() {
		return String.join("\n", lines);
	}

	/** These lines as the listing's content, each ended as the file ends its lines. */
	String region(String content) {
		StringBuilder region = new StringBuilder();
		if (!content.isEmpty()) {
			for (String line : content.split("\n", -1)) {
				region.append(line).append(lineEnding);
			}
		}
		return region.toString();
	}

	private static ListingSource closed(String text, List<int[]> lines, int opening, String delimiter)
			throws UpdateRefused {
		List<String> content = new ArrayList<>();
		for (int i = opening + 1; i < lines.size(); i++) {
			String line = text.substring(lines.get(i)[0], lines.get(i)[1]);
			if (line.strip().equals(delimiter)) {
				String ending = text.substring(lines.get(opening)[1], lines.get(opening)[2]);
				return new ListingSource(lines.get(opening)[2], lines.get(i)[0], content,
						ending.isEmpty() ? "\n" : ending);
			}
			content.add(line);
		}
		throw new UpdateRefused("the listing opened at line " + (opening + 1) + " is never closed");
	}

	/** Each line as {start, end of its text, end with its line ending}. */
	private static List<int[]> lines(String text) {
		List<int[]> lines = new ArrayList<>();
		Matcher line = LINE.matcher(text);
		while (line.find() && line.start() < text.length()) {
			lines.add(new int[] { line.start(), line.end(1), line.end() });
		}
		return lines;
	}
}
