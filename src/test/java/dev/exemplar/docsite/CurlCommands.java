package dev.exemplar.docsite;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

import dev.exemplar.spec.results.PageMarkup;

/**
 * Each request of a spec page as a curl command a reader can paste into a shell, folded
 * under the request, with a button that copies it ({@code copy-curl.js}): the headers and
 * body as written, the service at {@value #BASE_URL} (which the script turns into the
 * page's own origin when the service serves the site, at /docs), captures and
 * placeholders ({@code ${id}}) as shell variables of the same names, each introduced by a
 * comment that says where its value comes from, and a sign-in as {@code $TOKEN}, the demo
 * token unless set.
 */
public final class CurlCommands {

	/** Where {@code ./mvnw spring-boot:test-run} serves. */
	public static final String BASE_URL = "http://localhost:8080";

	static final String CURL = "as-curl";

	/** Around the base URL in a command, for the script to swap. */
	static final String BASE = "curl-base";

	static final String COPY = "copy-curl";

	/** The token {@code ./mvnw spring-boot:test-run}'s users service stand-in accepts. */
	static final String DEMO_TOKEN = "demo-token";

	private static final Pattern REQUEST_LINE = Pattern.compile("([A-Z]+) (\\S+)(?: HTTP/\\S+)?");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z][A-Za-z0-9_]*)}");

	private static final Pattern CAPTURE = Pattern.compile("\\$\\{capture:([A-Za-z][A-Za-z0-9_]*)}");

	private static final Pattern CAPTURED_HEADER = Pattern
		.compile("([A-Za-z0-9-]+):\\s*\\$\\{capture:([A-Za-z][A-Za-z0-9_]*)}");

	private static final Pattern CAPTURED_FIELD = Pattern
		.compile("\"([^\"]+)\"\\s*:\\s*\"\\$\\{capture:([A-Za-z][A-Za-z0-9_]*)}\"");

	private static final Pattern BEARER = Pattern.compile("(?i)authorization:\\s*bearer\\s+\\S+");

	private CurlCommands() {
	}

	static void add(Element content) {
		Map<String, String> origins = new HashMap<>();
		String lastRequest = null;
		for (Element listing : content.select("." + PageMarkup.REQUEST + ", ." + PageMarkup.EXPECTED_ANSWER)) {
			Element code = listing.selectFirst("pre");
			if (code == null) {
				continue;
			}
			String text = code.wholeText();
			if (listing.hasClass(PageMarkup.EXPECTED_ANSWER)) {
				captures(text, lastRequest, origins);
				continue;
			}
			lastRequest = text.strip().lines().findFirst().orElse("").replaceFirst(" HTTP/\\S+$", "");
			command(text, origins).ifPresent(curl -> listing.after(folded(curl)));
		}
	}

	/** Where each value an answer captures comes from, in words. */
	private static void captures(String answer, String request, Map<String, String> origins) {
		String of = request == null ? "an answer above" : "the answer to " + request + " above";
		Matcher header = CAPTURED_HEADER.matcher(answer);
		while (header.find()) {
			origins.putIfAbsent(header.group(2), "the " + header.group(1) + " header of " + of);
		}
		Matcher field = CAPTURED_FIELD.matcher(answer);
		while (field.find()) {
			origins.putIfAbsent(field.group(2), "\"" + field.group(1) + "\" in " + of);
		}
		Matcher any = CAPTURE.matcher(answer);
		while (any.find()) {
			origins.putIfAbsent(any.group(1), of);
		}
	}

	private static Element folded(String curl) {
		Element details = new Element("details").addClass(CURL);
		details.appendElement("summary").text("As curl");
		details.appendElement("button")
			.attr("type", "button")
			.addClass(COPY)
			.attr("aria-label", "Copy the curl command")
			.attr("hidden", true)
			.text("Copy");
		details.appendElement("span").addClass("copy-status").attr("role", "status");
		Element code = details.appendElement("pre").appendElement("code");
		int from = 0;
		for (int at = curl.indexOf(BASE_URL); at >= 0; at = curl.indexOf(BASE_URL, from)) {
			code.appendChild(new TextNode(curl.substring(from, at)));
			code.appendElement("span").addClass(BASE).text(BASE_URL);
			from = at + BASE_URL.length();
		}
		code.appendChild(new TextNode(curl.substring(from)));
		return details;
	}

	public static Optional<String> command(String request) {
		return command(request, Map.of());
	}

	/**
	 * The command for a request as a spec writes it: a request line, headers, a blank
	 * line and a body.
	 * @param origins where the values of captures come from, by name
	 */
	static Optional<String> command(String request, Map<String, String> origins) {
		List<String> lines = List.of(request.strip().split("\r?\n", -1));
		Matcher line = REQUEST_LINE.matcher(lines.get(0).strip());
		if (!line.matches()) {
			return Optional.empty();
		}
		String target = line.group(2);
		List<String> parts = new ArrayList<>();
		parts.add("curl -X " + line.group(1) + " " + doubleQuoted(target.startsWith("/") ? BASE_URL + target : target));
		boolean signsIn = false;
		int at = 1;
		for (; at < lines.size() && !lines.get(at).isBlank(); at++) {
			Matcher bearer = BEARER.matcher(lines.get(at).strip());
			signsIn |= bearer.find();
			String header = bearer.replaceFirst("Authorization: Bearer \\${TOKEN:-" + DEMO_TOKEN + "}");
			parts.add("-H " + doubleQuoted(header));
		}
		String body = String.join("\n", lines.subList(Math.min(at + 1, lines.size()), lines.size())).strip();
		if (!body.isEmpty()) {
			parts.add("--data-raw " + singleQuoted(body));
		}
		String curl = String.join(" \\\n  ", parts);
		Set<String> variables = new LinkedHashSet<>();
		PLACEHOLDER.matcher(request).results().forEach(found -> variables.add(found.group(1)));
		StringBuilder comments = new StringBuilder();
		if (signsIn) {
			comments
				.append("# $TOKEN: your sign-in token; unset, the demo token ./mvnw spring-boot:test-run accepts\n");
		}
		for (String name : variables) {
			comments.append("# $")
				.append(name)
				.append(": ")
				.append(origins.getOrDefault(name, "a value an earlier example keeps (set it first)"))
				.append('\n');
		}
		return Optional.of(comments + curl);
	}

	/**
	 * In double quotes, so that $name expands; what else the shell would read there is
	 * escaped.
	 */
	private static String doubleQuoted(String text) {
		String escaped = text.replace("\\", "\\\\").replace("\"", "\\\"").replace("`", "\\`");
		return "\"" + variables(escaped) + "\"";
	}

	/**
	 * A body as it is, in single quotes (each ' written '\''), but for $name, which the
	 * shell expands.
	 */
	private static String singleQuoted(String text) {
		return "'" + PLACEHOLDER.matcher(text.replace("'", "'\\''"))
			.replaceAll(found -> Matcher.quoteReplacement("'\"" + variable(found.group(1), "") + "\"'")) + "'";
	}

	/** Each ${name} as $name (kept in braces where a name's character follows). */
	private static String variables(String text) {
		Matcher found = PLACEHOLDER.matcher(text);
		StringBuilder out = new StringBuilder();
		while (found.find()) {
			String rest = text.substring(found.end());
			found.appendReplacement(out, Matcher.quoteReplacement(variable(found.group(1), rest)));
		}
		found.appendTail(out);
		return out.toString();
	}

	private static String variable(String name, String followedBy) {
		return !followedBy.isEmpty() && (Character.isLetterOrDigit(followedBy.charAt(0)) || followedBy.charAt(0) == '_')
				? "${" + name + "}" : "$" + name;
	}

}
