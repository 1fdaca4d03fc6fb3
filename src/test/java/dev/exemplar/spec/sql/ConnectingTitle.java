package dev.exemplar.spec.sql;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.exemplar.spec.grammar.Language;
import dev.exemplar.spec.grammar.Titles;
import dev.exemplar.spec.matching.Captures;
import dev.exemplar.spec.reading.SourceLine;
import dev.exemplar.spec.reading.SpecError;

/**
 * The title of a SQL block:
 * {@code Connecting [as <user> [with password <password>]] to <target>}, the target a
 * JDBC URL of PostgreSQL ({@code jdbc:postgresql://host:port/db}) or a libpq URI
 * ({@code postgresql://user:pass@host/db}), whose user and password the title's own, when
 * it names them, replace. Ending in {@code , keeping the session as
 * <name>}, it leaves its connection open until the example ends, for a later block titled
 * {@code Continuing the
 * session <name>}: what happens to a session while the service acts.
 */
public final class ConnectingTitle {

	/**
	 * The capture a title names as the password: its value is a secret, masked wherever
	 * the engine writes.
	 */
	public static final Pattern PASSWORD_CAPTURE = Titles.PASSWORD_CAPTURE;

	private static final Pattern TITLE = Titles.CONNECTING;

	private static final Pattern CONTINUING = Titles.CONTINUING;

	private static final Pattern LIBPQ = Pattern.compile("postgres(?:ql)?://.*", Pattern.CASE_INSENSITIVE);

	private static final String JDBC = "jdbc:postgresql:";

	private ConnectingTitle() {
	}

	/** The name a title keeps its session under, if it keeps it. */
	public static Optional<String> keptAs(String title) {
		Matcher matcher = TITLE.matcher(title.strip());
		return matcher.matches() ? Optional.ofNullable(matcher.group(4)) : Optional.empty();
	}

	/**
	 * The kept session a title continues ("Continuing the session old"), if it continues
	 * one.
	 */
	public static Optional<String> continued(String title) {
		Matcher matcher = CONTINUING.matcher(title.strip());
		return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
	}

	/**
	 * @param substitute replaces the captures of one part of the title (each part is read
	 * before it is substituted, so a captured value may hold any character)
	 */
	public static DatabaseAddress read(String title, UnaryOperator<String> substitute, SourceLine where) {
		Matcher matcher = TITLE.matcher(title.strip());
		if (!matcher.matches()) {
			throw new SpecError(where,
					"'" + title + "' is not a title the engine reads; write " + Titles.CONNECTING_FORMS);
		}
		Optional<String> user = Optional.ofNullable(matcher.group(1)).map(substitute);
		Optional<String> password = Optional.ofNullable(matcher.group(2)).map(substitute);
		String target = substitute.apply(matcher.group(3));
		if (target.regionMatches(true, 0, JDBC, 0, JDBC.length())) {
			return new DatabaseAddress(JDBC + target.substring(JDBC.length()), user, password);
		}
		if (LIBPQ.matcher(target).matches()) {
			return libpq(target, user, password, where);
		}
		String shown = password.map(secret -> target.replace(secret, Captures.MASK)).orElse(target);
		throw new SpecError(where, "'" + shown + "' is not where a " + Language.SQL.named()
				+ " block can connect: write a JDBC URL of PostgreSQL"
				+ " (jdbc:postgresql://host:5432/database) or a libpq URI (postgresql://user:password@host:5432/database)");
	}

	/**
	 * A libpq URI as the JDBC URL PgJDBC reads: its user and password come out of the
	 * address into the properties.
	 */
	private static DatabaseAddress libpq(String target, Optional<String> user, Optional<String> password,
			SourceLine where) {
		URI uri;
		try {
			uri = new URI(target);
		}
		catch (URISyntaxException e) {
			throw new SpecError(where,
					"the libpq URI is not a URI (" + e.getReason() + "); percent-encode what it cannot hold as it is");
		}
		String userInfo = uri.getRawUserInfo() == null ? "" : uri.getRawUserInfo();
		int colon = userInfo.indexOf(':');
		Optional<String> uriUser = Optional.of(decode(colon < 0 ? userInfo : userInfo.substring(0, colon)))
			.filter(name -> !name.isEmpty());
		Optional<String> uriPassword = colon < 0 ? Optional.empty()
				: Optional.of(decode(userInfo.substring(colon + 1)));
		if (uri.getHost() == null) {
			throw new SpecError(where,
					"the libpq URI names no host; write postgresql://user:password@host:5432/database");
		}
		String address = JDBC + "//"
				+ (uri.getHost().contains(":") && !uri.getHost().startsWith("[") ? "[" + uri.getHost() + "]"
						: uri.getHost())
				+ (uri.getPort() >= 0 ? ":" + uri.getPort() : "")
				+ (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
				+ (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
		return new DatabaseAddress(address, user.or(() -> uriUser), password.or(() -> uriPassword));
	}

	private static String decode(String text) {
		return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
	}

}
