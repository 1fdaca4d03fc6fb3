package dev.exemplar.spec.updating;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.http.HttpStatus;

import dev.exemplar.spec.grammar.Placeholder;
import dev.exemplar.spec.http.HttpExchange;
import dev.exemplar.spec.http.HttpRequestText;
import dev.exemplar.spec.matching.Captures;
import dev.exemplar.spec.matching.ExpectationText;
import dev.exemplar.spec.matching.Placeholders;

/**
 * An expectation listing, as its source writes it, rewritten with the answer the service
 * gave: the status line in the listing's form ({@code 404} or
 * {@code HTTP/1.1 404 Not Found}; added when the answer is not 2xx and the listing had
 * none), the headers the listing already names (one the answer lacks is dropped), and the
 * body. What matched stays as written, placeholders included.
 */
final class ExpectationRewrite {

	private static final Pattern HEADER_LINE = Pattern.compile("(\\s*[^:\\s]+:\\s*)(.*?)(\\s*)");

	private ExpectationRewrite() {
	}

	/**
	 * @param listing the listing's lines, joined by {@code \n}
	 * @param fillBody whether a listing that states no body gets the answer's
	 * @param captured replaces each {@code ${name}} by its captured value: a value using
	 * one is kept while it matches
	 */
	static String rewrite(String listing, HttpExchange answer, boolean json, boolean lenient, boolean fillBody,
			UnaryOperator<String> captured) throws UpdateRefused {
		List<String> lines = new ArrayList<>(listing.isEmpty() ? List.of() : List.of(listing.split("\n", -1)));
		int first = 0;
		while (first < lines.size() && lines.get(first).isBlank()) {
			first++;
		}
		int line = first;
		boolean statusWritten = line < lines.size()
				&& ExpectationText.STATUS_LINE.matcher(lines.get(line).strip()).matches();
		if (statusWritten) {
			lines.set(line, status(lines.get(line), answer.status()));
			line++;
		}
		for (; line < lines.size() && !lines.get(line).isBlank()
				&& HttpRequestText.HEADER.matcher(lines.get(line).strip()).matches(); line++) {
			String rewritten = header(lines.get(line), answer, captured);
			if (rewritten == null) {
				lines.remove(line--);
			}
			else {
				lines.set(line, rewritten);
			}
		}
		boolean headed = line > first;
		int bodyStart = line < lines.size() && lines.get(line).isBlank() ? line + 1 : line;
		int bodyEnd = lines.size();
		while (bodyEnd > bodyStart && lines.get(bodyEnd - 1).isBlank()) {
			bodyEnd--;
		}
		if (bodyEnd > bodyStart) {
			String body = String.join("\n", lines.subList(bodyStart, bodyEnd));
			String rewritten = json ? JsonBodyRewrite.rewrite(body, answer.responseBody(), lenient, captured)
					: text(answer);
			replace(lines, bodyStart, bodyEnd, rewritten);
		}
		else if (fillBody && answer.responseBody() != null && !answer.responseBody().isBlank()) {
			String body = json ? JsonBodyRewrite.fresh(answer.responseBody()) : text(answer);
			List<String> added = new ArrayList<>(headed ? List.of("") : List.of());
			added.addAll(List.of(body.split("\n", -1)));
			lines.addAll(bodyEnd, added);
		}
		if (!statusWritten && (answer.status() / 100 != 2 || fillBody)) {
			boolean bodyNext = first < lines.size() && !lines.get(first).isBlank()
					&& !HttpRequestText.HEADER.matcher(lines.get(first).strip()).matches();
			lines.addAll(first,
					bodyNext ? List.of(String.valueOf(answer.status()), "") : List.of(String.valueOf(answer.status())));
		}
		return String.join("\n", lines);
	}

	/**
	 * The status line in the listing's own form, with the answer's code (and reason, when
	 * it names one).
	 */
	private static String status(String line, int status) {
		String stripped = line.strip();
		Matcher written = ExpectationText.STATUS_LINE.matcher(stripped);
		if (!written.matches() || Integer.parseInt(written.group(1)) == status) {
			return line;
		}
		HttpStatus known = HttpStatus.resolve(status);
		String reason = written.group(2) == null || known == null ? "" : " " + known.getReasonPhrase();
		return line.substring(0, line.indexOf(stripped)) + stripped.substring(0, written.start(1)) + status + reason;
	}

	/**
	 * The header line with the answer's value, or null when the answer has no such
	 * header.
	 */
	private static String header(String line, HttpExchange answer, UnaryOperator<String> captured)
			throws UpdateRefused {
		Matcher header = HttpRequestText.HEADER.matcher(line.strip());
		header.matches();
		String name = header.group(1);
		String expected = header.group(2).strip();
		String actual = answer.responseHeaders().firstValue(name).orElse(null);
		if (actual != null && name.equalsIgnoreCase("Content-Type") && !expected.contains(";")) {
			actual = actual.replaceAll(";.*", "").strip();
		}
		if (Placeholders.matchesValue(captured.apply(expected), actual, new Captures())) {
			return line;
		}
		if (Placeholder.mayBeIn(expected)) {
			throw new UpdateRefused("the value " + expected + " of header " + name + " did not match "
					+ (actual == null ? "an absent header" : "'" + actual + "'")
					+ ": the value is the service's to choose (or was captured), so the update leaves it to you");
		}
		if (actual == null) {
			return null;
		}
		Matcher parts = HEADER_LINE.matcher(line);
		parts.matches();
		return parts.group(1) + actual + parts.group(3);
	}

	private static String text(HttpExchange answer) {
		return answer.responseBody() == null ? "" : answer.responseBody().strip();
	}

	private static void replace(List<String> lines, int from, int to, String text) {
		lines.subList(from, to).clear();
		lines.addAll(from, List.of(text.split("\n", -1)));
	}

}
