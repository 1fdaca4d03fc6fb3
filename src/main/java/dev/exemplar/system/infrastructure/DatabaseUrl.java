package dev.exemplar.system.infrastructure;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A database URL in the form platforms hand out (libpq's URI, e.g. Heroku's or Render's
 * {@code DATABASE_URL}): {@code postgres://user:password@host:port/database?parameters},
 * or {@code postgresql://…}, turned into what the JDBC driver takes. The port may be
 * missing (the driver's default, 5432, then applies), user and password may be
 * percent-escaped, and the parameters (e.g. {@code sslmode=require}) are kept as they
 * are.
 *
 * @param jdbcUrl {@code jdbc:postgresql://host:port/database?parameters}, without the
 * user and password
 * @param username the user, decoded; null when the URL names none
 * @param password the password, decoded; null when the URL gives none
 */
record DatabaseUrl(String jdbcUrl, String username, String password) {

	/**
	 * scheme, then user[:password]@ (the last @ ends it), then host(s) and port(s), then
	 * database and parameters.
	 */
	private static final Pattern URI = Pattern.compile("postgres(?:ql)?://(?:([^/?]*)@)?([^/?@]*)(.*)", Pattern.DOTALL);

	private static final String FORM = "postgres://user:password@host:port/database (or postgresql://…)";

	/**
	 * @throws IllegalArgumentException when the text is not such a URL; the message never
	 * repeats it (a password)
	 */
	static DatabaseUrl parse(String url) {
		Matcher parts = URI.matcher(url.strip());
		if (!parts.matches() || parts.group(2).isEmpty()) {
			throw new IllegalArgumentException("DATABASE_URL is not a PostgreSQL URL of the form " + FORM);
		}
		String userInfo = parts.group(1);
		String username = null;
		String password = null;
		if (userInfo != null) {
			int colon = userInfo.indexOf(':');
			username = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
			password = colon < 0 ? null : decode(userInfo.substring(colon + 1));
		}
		String databaseAndParameters = parts.group(3).startsWith("/") ? parts.group(3) : "/" + parts.group(3);
		return new DatabaseUrl("jdbc:postgresql://" + parts.group(2) + databaseAndParameters,
				username == null || username.isEmpty() ? null : username, password);
	}

	/**
	 * Percent-escapes only: in a URI's user info a '+' is a plus, not a space as in a
	 * form.
	 */
	private static String decode(String text) {
		try {
			return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException e) { // its message quotes the text
			throw new IllegalArgumentException("DATABASE_URL has a malformed percent-escape in its user or password; "
					+ "escape a '%' as %25 (" + FORM + ")");
		}
	}

	/** Never the password: a record's own toString would print it. */
	@Override
	public String toString() {
		return "DatabaseUrl[jdbcUrl=" + jdbcUrl + ", username=" + username + ", password="
				+ (password == null ? "(none)" : "(set)") + "]";
	}
}
