package dev.exemplar.spec.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.exemplar.spec.http.HttpRequestText;
import dev.exemplar.spec.reading.SourceLine;
import dev.exemplar.spec.reading.SpecError;

/**
 * An expected answer as a spec writes it: an optional status line ({@code 201} or
 * {@code HTTP/1.1 201 Created}), optional headers to check, a blank line, then the
 * expected body (optional too).
 */
public record ExpectationText(Integer status, List<Map.Entry<String, String>> headers, String body) {

	/**
	 * {@code 201} or {@code HTTP/1.1 201 Created}: the code is group 1, the reason (with
	 * its space) group 2.
	 */
	public static final Pattern STATUS_LINE = Pattern.compile("(?:HTTP/\\S+\\s+)?([1-5]\\d\\d)(\\s+.*)?");

	/**
	 * What an author means as a status line, though it is not one:
	 * {@code HTTP/1.1 2OO OK}, {@code 20 OK}, {@code 600 Odd}.
	 */
	private static final Pattern ATTEMPTED_STATUS_LINE = Pattern.compile(
			"HTTP/.*|(?:\\d{1,2}|\\d{4,}|[06-9]\\d\\d)\\s+[A-Z][A-Za-z-]*(?: [A-Za-z-]+)*|\\d+[Oo][\\dOo]*(?:\\s+.*)?");

	/**
	 * A line among the headers that would be one but for its colon:
	 * {@code Content-Type application/json}.
	 */
	private static final Pattern HEADER_WITHOUT_COLON = Pattern.compile("[A-Za-z][A-Za-z0-9-]*\\s+[^\\s{\\[\"].*");

	/**
	 * @throws SpecError when its first line is meant as a status line but is none, or a
	 * line among the headers is a header without its colon
	 */
	public static ExpectationText parse(String text, SourceLine where) {
		String[] lines = text.strip().split("\\R", -1);
		Matcher statusLine = STATUS_LINE.matcher(lines[0].strip());
		if (!statusLine.matches() && ATTEMPTED_STATUS_LINE.matcher(lines[0].strip()).matches()) {
			throw new SpecError(where,
					"'" + lines[0].strip() + "' is not a status line: write the code alone (404) or as"
							+ " HTTP writes it (HTTP/1.1 404 Not Found), a code from 100 to 599");
		}
		Integer status = null;
		int line = 0;
		if (statusLine.matches()) {
			status = Integer.valueOf(statusLine.group(1));
			line = 1;
		}
		List<Map.Entry<String, String>> headers = new ArrayList<>();
		for (; line < lines.length && !lines[line].isBlank(); line++) {
			Matcher header = HttpRequestText.HEADER.matcher(lines[line].strip());
			if (!header.matches() && (status != null || !headers.isEmpty()) && blankLineAfter(lines, line)
					&& HEADER_WITHOUT_COLON.matcher(lines[line].strip()).matches()) {
				throw new SpecError(where,
						"'" + lines[line].strip()
								+ "' reads as a header without its colon: write it 'Name: value', or leave a blank line"
								+ " before the body");
			}
			if (!header.matches()) {
				break; // the body starts without a blank line: only allowed when there is
						// no status line
			}
			headers.add(Map.entry(header.group(1), header.group(2).strip()));
		}
		String body = String.join("\n", List.of(lines).subList(line, lines.length)).strip();
		return new ExpectationText(status, List.copyOf(headers), body.isEmpty() ? null : body);
	}

	private static boolean blankLineAfter(String[] lines, int line) {
		for (int i = line + 1; i < lines.length; i++) {
			if (lines[i].isBlank()) {
				return true;
			}
		}
		return false;
	}

	/** Whether it states anything: a status, a header or a body. */
	public boolean statesAnything() {
		return status != null || !headers.isEmpty() || body != null;
	}
}
