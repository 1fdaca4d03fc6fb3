package dev.exemplar.spec.sql;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.exemplar.spec.grammar.Language;
import dev.exemplar.spec.grammar.Titles;
import dev.exemplar.spec.matching.Captures;
import dev.exemplar.spec.matching.Placeholders;
import dev.exemplar.spec.reading.SourceLine;
import dev.exemplar.spec.reading.SpecError;

/**
 * The refusal a SQL block must meet, as the {@code [source,text]} listing after it states
 * it: {@code connection refused: <message>} (connecting fails) or
 * {@code error: <message>} (connecting works, a statement is refused), the message
 * PostgreSQL's own, placeholders allowed within it.
 */
public record SqlRefusal(SqlOutcome.Kind kind, String message) {

	private static final Pattern FORM = Titles.SQL_REFUSAL;

	public static SqlRefusal read(String text, SourceLine where) {
		Matcher form = FORM.matcher(text.strip());
		if (!form.matches()) {
			throw new SpecError(where,
					"the listing after a " + Language.SQL.named()
							+ " block states the refusal it meets: 'connection refused: <message>'"
							+ " or 'error: <message>' (PostgreSQL's message); found '" + text.strip()
							+ "'. For rows, follow the " + Language.SQL.named() + " block with a table titled '"
							+ Titles.WHICH_GIVES_FORM + "'");
		}
		String message = form.group(2).strip().replaceAll("\\s*\\R\\s*", " ");
		Placeholders.checkText(message, where);
		return new SqlRefusal(
				form.group(1).equalsIgnoreCase("error") ? SqlOutcome.Kind.FAILED : SqlOutcome.Kind.REFUSED, message);
	}

	/**
	 * What differs between this refusal and what PostgreSQL answered; empty when
	 * PostgreSQL refused so.
	 */
	public Optional<String> differences(SqlOutcome outcome, Captures captures) {
		if (outcome.kind() == kind && Placeholders.matchesText(message, outcome.message(), captures)) {
			return Optional.empty();
		}
		String expected = (kind == SqlOutcome.Kind.REFUSED ? "the connection refused: " : "a statement refused: ")
				+ message;
		if (outcome.kind() == kind) {
			return Optional.of("expected " + expected + "\nbut PostgreSQL's message was: " + outcome.message());
		}
		return Optional.of("expected " + expected + "\nbut " + outcome.describe());
	}
}
