package dev.exemplar.docsite;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An OpenAPI path template ({@code /items/{id}}) that matches concrete request paths
 * ({@code /items/i1?x=1}).
 */
final class PathTemplate {

	private static final Pattern VARIABLE = Pattern.compile("\\{[^/}]+}");

	private final Pattern pattern;

	private final int variables;

	PathTemplate(String template) {
		StringBuilder regex = new StringBuilder();
		Matcher matcher = VARIABLE.matcher(template);
		int last = 0;
		int count = 0;
		while (matcher.find()) {
			regex.append(Pattern.quote(template.substring(last, matcher.start()))).append("[^/]+");
			last = matcher.end();
			count++;
		}
		regex.append(Pattern.quote(template.substring(last)));
		this.pattern = Pattern.compile(regex + "/?");
		this.variables = count;
	}

	boolean matches(String requestPath) {
		return pattern.matcher(withoutQuery(requestPath)).matches();
	}

	/**
	 * Fewer variables = more specific: {@code /items/latest} wins over
	 * {@code /items/{id}}.
	 */
	int variables() {
		return variables;
	}

	static String withoutQuery(String requestPath) {
		int cut = requestPath.length();
		for (char c : new char[] { '?', '#' }) {
			int at = requestPath.indexOf(c);
			if (at >= 0 && at < cut) {
				cut = at;
			}
		}
		String path = requestPath.substring(0, cut);
		if (path.startsWith("http://") || path.startsWith("https://")) {
			int slash = path.indexOf('/', path.indexOf("//") + 2);
			path = slash < 0 ? "/" : path.substring(slash);
		}
		return path;
	}

}
