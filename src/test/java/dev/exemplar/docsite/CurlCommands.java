package dev.exemplar.docsite;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

import dev.exemplar.spec.results.PageMarkup;

/**
 * Each request of a spec page as a curl command a reader can paste into a shell, folded
 * under the request: the headers and body as written, the service at {@value #BASE_URL}
 * (the site's own origin when it is served by the service, at /docs), captures and
 * placeholders ({@code ${id}}) as shell variables of the same names, and a sign-in as
 * {@code $TOKEN}, the demo token unless set.
 */
final class CurlCommands {

	/** Where {@code ./mvnw spring-boot:test-run} serves. */
	static final String BASE_URL = "http://localhost:8080";
	static final String CURL = "as-curl";

	private static final Pattern REQUEST_LINE = Pattern.compile("([A-Z]+) (\\S+)(?: HTTP/\\S+)?");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]+)}");

	private static final Pattern BEARER = Pattern.compile("(?i)authorization:\\s*bearer\\s+\\S+");

	private CurlCommands() {
	}

	static void add(Element content) {
		for (Element request : content.getElementsByClass(PageMarkup.REQUEST)) {
			Element code = request.selectFirst("pre");
			if (code == null) {
				continue;
			}
			command(code.wholeText()).ifPresent(curl -> {
				Element details = new Element("details").addClass(CURL);
				details.appendElement("summary").text("As curl");
				details.appendElement("pre").appendElement("code").text(curl);
				request.after(details);
			});
		}
	}

	/**
	 * The command for a request as a spec writes it: a request line, headers, a blank
	 * line and a body.
	 */
	static Optional<String> command(String request) {
		List<String> lines = List.of(request.strip().split("\r?\n", -1));
		Matcher line = REQUEST_LINE.matcher(lines.get(0).strip());
		if (!line.matches()) {
			return Optional.empty();
		}
		String target = line.group(2);
		List<String> parts = new ArrayList<>();
		parts.add("curl -X " + line.group(1) + " " + doubleQuoted(target.startsWith("/") ? BASE_URL + target : target));
		int at = 1;
		for (; at < lines.size() && !lines.get(at).isBlank(); at++) {
			String header = BEARER.matcher(lines.get(at).strip())
				.replaceFirst("Authorization: Bearer \\${TOKEN:-demo-token}");
			parts.add("-H " + doubleQuoted(header));
		}
		String body = String.join("\n", lines.subList(Math.min(at + 1, lines.size()), lines.size())).strip();
		if (!body.isEmpty()) {
			parts.add("--data-raw " + singleQuoted(body));
		}
		return Optional.of(String.join(" \\\n  ", parts));
	}

	/**
	 * In double quotes, so that ${name} expands; what else the shell would read there is
	 * escaped.
	 */
	private static String doubleQuoted(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("`", "\\`") + "\"";
	}

	/**
	 * A body as it is, in single quotes (each ' written '\''), but for ${name}, which the
	 * shell expands.
	 */
	private static String singleQuoted(String text) {
		return "'" + PLACEHOLDER.matcher(text.replace("'", "'\\''")).replaceAll("'\"\\${$1}\"'") + "'";
	}

}
