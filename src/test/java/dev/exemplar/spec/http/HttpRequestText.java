package dev.exemplar.spec.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.exemplar.spec.reading.SourceLine;
import dev.exemplar.spec.reading.SpecError;

/**
 * A request as a spec writes it: a request line ({@code GET /latest?limit=2}), optional
 * headers, a blank line and an optional body.
 */
public record HttpRequestText(String method, String target, List<Map.Entry<String, String>> headers, String body) {

	private static final Pattern REQUEST_LINE = Pattern.compile("([A-Z]+)\\s+(\\S+)(\\s+HTTP/\\S+)?");

	/** A header line, {@code Name: value}, as requests and expectations write it. */
	public static final Pattern HEADER = Pattern.compile("([!#$%&'*+.^_`|~0-9A-Za-z-]+):\\s*(.*)");

	public static HttpRequestText parse(String text, SourceLine where) {
		String[] lines = text.strip().split("\\R", -1);
		Matcher requestLine = REQUEST_LINE.matcher(lines[0].strip());
		if (!requestLine.matches()) {
			throw new SpecError(where,
					"a request starts with a method and a path, e.g. 'GET /latest'; found '" + lines[0] + "'");
		}
		List<Map.Entry<String, String>> headers = new ArrayList<>();
		int line = 1;
		for (; line < lines.length && !lines[line].isBlank(); line++) {
			Matcher header = HEADER.matcher(lines[line].strip());
			if (!header.matches()) {
				throw new SpecError(where, "expected a header ('Name: value') or a blank line before the body; found '"
						+ lines[line] + "'");
			}
			headers.add(Map.entry(header.group(1), header.group(2).strip()));
		}
		String body = String.join("\n", List.of(lines).subList(Math.min(line + 1, lines.length), lines.length)).strip();
		return new HttpRequestText(requestLine.group(1), requestLine.group(2), List.copyOf(headers),
				body.isEmpty() ? null : body);
	}
}
