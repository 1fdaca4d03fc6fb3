package dev.exemplar.spec.grammar;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The titles that give a listing or a table its meaning, each pattern declared once: the
 * reading recognises a block by them, and the stubs, tables and SQL blocks read their
 * parts (the service, the table, the target) with them. Error messages name the forms
 * with the {@code *_FORMS} texts.
 */
public final class Titles {

	/** A table that seeds rows: the table in group 1. */
	public static final Pattern GIVEN_ROWS = Pattern.compile("Given (?:these |the following )?rows? in (\\S+?)\\.?",
			Pattern.CASE_INSENSITIVE);

	/** A table that checks rows: the table in group 1. */
	public static final Pattern THEN_ROWS = Pattern.compile("Then (\\S+) holds(?: these rows| exactly these rows)?\\.?",
			Pattern.CASE_INSENSITIVE);

	/** A table that states the rows of the SQL block before it. */
	public static final Pattern WHICH_GIVES = Pattern.compile("Which gives (?:these |the following )?rows?\\.?:?",
			Pattern.CASE_INSENSITIVE);

	/**
	 * A source line that titles one of the tables above ({@code .Given these rows in …}):
	 * its rows are counted cell by cell.
	 */
	public static final Pattern TABLE_TITLE_LINE = Pattern.compile("\\.(?i:given|then|which gives)\\b.*");

	/**
	 * A listing about an outside service, as the reading recognises it; group 1 is
	 * "answers" when the answer follows.
	 */
	public static final Pattern OUTSIDE = Pattern.compile(
			"(?:Given the .+? (answers|fails the connection)|Then the .+? was (?:not )?asked)\\b.*",
			Pattern.CASE_INSENSITIVE);

	/** The word of {@link #OUTSIDE}'s group 1 that says the answer follows. */
	public static final String ANSWERS = "answers";

	/**
	 * A stub: the service (1), "answers" (2), its delay and unit (3, 4), or "fails the
	 * connection" (5).
	 */
	public static final Pattern STUB = Pattern.compile(
			"Given the (.+?) (?:(answers)(?: after (\\d+) ?(ms|s))?|(fails the connection))[.:]?",
			Pattern.CASE_INSENSITIVE);

	/**
	 * A check of calls: the service (1), "not asked" (2), the count (3: once, twice,
	 * never or N times; N in 4).
	 */
	public static final Pattern CALLS_CHECK = Pattern.compile(
			"Then the (.+?) was (?:(not asked)|asked(?: (once|twice|never|(\\d+) times))?)[.:]?",
			Pattern.CASE_INSENSITIVE);

	/** A line of a spec's text that reads as a stub or a check of calls, anywhere. */
	public static final Pattern OUTSIDE_ANYWHERE = Pattern.compile(
			"Given the .+? (?:answers|fails the connection)|Then the .+? was (?:not )?asked", Pattern.CASE_INSENSITIVE);

	/** Lowercase words without which no line reads as {@link #OUTSIDE_ANYWHERE}. */
	public static final List<String> OUTSIDE_WORDS = List.of("given the ", "then the ");

	/** How the titles about an outside service are written, for error messages. */
	public static final String OUTSIDE_FORMS = "'Given the <outside service> answers' (optionally 'after 3 s' or"
			+ " 'after 500 ms'), 'Given the <outside service> fails the connection' or 'Then the <outside service> was asked'";

	/** A {@code [source,sql]} listing so titled runs. */
	public static final Pattern SQL_BLOCK = Pattern.compile("(?:Connecting|Continuing the session)\\b.*",
			Pattern.CASE_INSENSITIVE);

	/**
	 * A SQL block's title in full: user (1), password (2), target (3), the name of the
	 * session it keeps (4).
	 */
	public static final Pattern CONNECTING = Pattern
		.compile("Connecting(?: as (\\S+)(?: with password (\\S+))?)? to (\\S+?)"
				+ "(?:, keeping the session as ([A-Za-z]\\w*))?[.:]?", Pattern.CASE_INSENSITIVE);

	/**
	 * The capture a SQL block's title names as the password (group 1 after "with
	 * password", group 2 in a libpq URI).
	 */
	public static final Pattern PASSWORD_CAPTURE = Pattern
		.compile("(?i:with password )\\$\\{([A-Za-z][A-Za-z0-9_]*)}|://[^\\s:/@]*:\\$\\{([A-Za-z][A-Za-z0-9_]*)}@");

	/** A SQL block that continues a kept session: its name in group 1. */
	public static final Pattern CONTINUING = Pattern.compile("Continuing the session ([A-Za-z]\\w*)[.:]?",
			Pattern.CASE_INSENSITIVE);

	/** How a SQL block's title is written, for error messages. */
	public static final String CONNECTING_FORM = "Connecting … to …";

	/** How a SQL block's title is written, in full, for error messages. */
	public static final String CONNECTING_FORMS = "'Connecting to <JDBC URL or postgresql:// URI>', optionally with"
			+ " 'as <user>' and 'with password <password>' before 'to'";

	/** How the table of a SQL block's rows is titled, for error messages. */
	public static final String WHICH_GIVES_FORM = "Which gives these rows";

	/**
	 * The {@code [source,text]} listing after a SQL block: the refusal (1: "connection
	 * refused" or "error") and PostgreSQL's message (2).
	 */
	public static final Pattern SQL_REFUSAL = Pattern.compile("(connection refused|error):\\s*(.*)",
			Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

	/** A listing that starts so was meant as a request, whatever its language says. */
	public static final Pattern REQUEST_LINE = Pattern.compile("(?:GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS) /");

	private Titles() {
	}

}
