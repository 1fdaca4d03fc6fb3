package dev.exemplar.spec.reading;

import java.util.List;
import java.util.regex.Matcher;

import nu.xom.Element;

import dev.exemplar.spec.results.Listing;

import dev.exemplar.spec.grammar.Command;
import dev.exemplar.spec.grammar.Language;
import dev.exemplar.spec.grammar.Role;
import dev.exemplar.spec.grammar.Titles;
import dev.exemplar.spec.results.PageMarkup;

import static dev.exemplar.spec.reading.PageAnnotations.command;
import static dev.exemplar.spec.reading.PageBlocks.blockTitle;
import static dev.exemplar.spec.reading.PageBlocks.enclosingSection;
import static dev.exemplar.spec.reading.PageBlocks.has;
import static dev.exemplar.spec.reading.PageBlocks.isTable;
import static dev.exemplar.spec.reading.PageBlocks.language;

/**
 * The reading's state machine: walks the page's listings and tables in order and tells
 * what each is by the grammar ({@link Titles}, {@link Language}, {@link Role}) and by
 * what came before it (an expectation follows a request, a stub's answer its stub, a SQL
 * block's rows or refusal the block). It writes each block's command on the page and
 * records the spec's model ({@link SpecConventions}) as it goes. One reading a page.
 */
final class ConventionReading {

	private final SpecConventions model;

	private boolean awaitingExpectation;

	private boolean awaitingStubAnswer;

	/**
	 * The listing after a mistyped request is its expectation: the request's mistake is
	 * the one reported.
	 */
	private boolean afterMistypedRequest;

	ConventionReading(SpecConventions model) {
		this.model = model;
	}

	void read(List<Element> blocks) {
		for (int i = 0; i < blocks.size(); i++) {
			Element block = blocks.get(i);
			if (!has(block, Role.ILLUSTRATIVE)) {
				i += read(block, i + 1 < blocks.size() ? blocks.get(i + 1) : null);
			}
		}
	}

	/**
	 * @return how many blocks after it are its own (0 or 1)
	 */
	private int read(Element block, Element next) {
		String language = language(block);
		Matcher outside = Titles.OUTSIDE.matcher(blockTitle(block));
		if (Language.HTTP.is(language) && outside.matches()) {
			outside(block, blockTitle(block));
			awaitingStubAnswer = Titles.ANSWERS.equalsIgnoreCase(outside.group(1));
			awaitingExpectation = false;
			return 0;
		}
		boolean answerOrExpectation = Language.JSON.is(language) || Language.TEXT.is(language);
		if (awaitingStubAnswer && answerOrExpectation) {
			stubAnswer(block);
			awaitingStubAnswer = false;
			return 0;
		}
		awaitingStubAnswer = false;
		if (Language.SQL.is(language) && Titles.SQL_BLOCK.matcher(blockTitle(block)).matches()) {
			awaitingExpectation = false;
			return sql(block, next);
		}
		if (isTable(block)) {
			awaitingExpectation &= !table(block);
			return 0;
		}
		if (!Language.HTTP.is(language) && Titles.REQUEST_LINE.matcher(PageBlocks.listingText(block)).lookingAt()) {
			mistake(block, "this listing reads as an " + Language.HTTP.named() + " request but "
					+ (language == null ? "has no language" : "is marked " + Language.marking(language)) + ": mark it "
					+ Language.HTTP.marked() + " to run it, or add role=illustrative to show it only"
					+ Language.near(language).map(meant -> " (did you mean " + meant.written() + "?)").orElse(""));
			return 0;
		}
		if (Language.near(language).isPresent()) {
			Language meant = Language.near(language).get();
			mistake(block,
					"this listing is marked " + Language.marking(language)
							+ ", which the engine does not read: did you mean " + meant.written() + "? Mark it "
							+ meant.marked() + ", or add role=illustrative to show it only");
			return 0;
		}
		boolean expectationOfAMistake = afterMistypedRequest;
		afterMistypedRequest = false;
		if (Language.HTTP.is(language)) {
			command(block, Command.REQUEST, "");
			PageAnnotations.addClass(block, PageMarkup.REQUEST);
			example(block);
			listing(block, Listing.Kind.REQUEST);
			awaitingExpectation = true;
		}
		else if (answerOrExpectation && awaitingExpectation) {
			command(block, Language.JSON.is(language) ? Command.EXPECT_JSON : Command.EXPECT_TEXT, "");
			PageAnnotations.addClass(block, PageMarkup.EXPECTED_ANSWER);
			listing(block, Listing.Kind.EXPECTED_ANSWER);
			awaitingExpectation = false;
		}
		else if (answerOrExpectation && !expectationOfAMistake) {
			command(block, Command.MALFORMED, "this " + Language.of(language).orElseThrow().named()
					+ " block follows no request, so it expects nothing; put it right after a " + Language.HTTP.marked()
					+ " block, or mark it " + Language.marking(language, Role.ILLUSTRATIVE));
			example(block);
		}
		return 0;
	}

	/** A listing that was meant as another: its mistake, and not that of the next. */
	private void mistake(Element block, String message) {
		command(block, Command.MALFORMED, message);
		example(block);
		awaitingExpectation = false;
		afterMistypedRequest = true;
	}

	/**
	 * A SQL block, and what follows it in its section: a "Which gives these rows" table
	 * or a {@code [source,text]} listing, the refusal it meets.
	 * @return how many blocks after it are its own (0 or 1)
	 */
	private int sql(Element block, Element next) {
		String title = blockTitle(block);
		model.sqlBlock(title);
		command(block, Command.SQL, title);
		example(block);
		Command then = next == null || has(next, Role.ILLUSTRATIVE) || enclosingSection(next) != enclosingSection(block)
				? null : isTable(next) && Titles.WHICH_GIVES.matcher(PageBlocks.caption(next)).matches()
						? Command.SQL_ROWS : Language.TEXT.is(language(next)) ? Command.SQL_REFUSAL : null;
		PageAnnotations.attribute(block, SpecConventions.SQL_THEN, then == null ? "" : then.commandName());
		if (then == null) {
			return 0;
		}
		command(next, then, "");
		return 1;
	}

	/**
	 * @return whether the table is one of the spec's (a seed or a check)
	 */
	private boolean table(Element table) {
		if (table.getFirstChildElement("caption") == null) {
			return false;
		}
		String title = PageBlocks.caption(table);
		if (Titles.WHICH_GIVES.matcher(title).matches()) {
			command(table, Command.MALFORMED,
					"a table titled '" + title + "' states the rows of the " + Language.SQL.named()
							+ " block right before it, and this one follows none: put it right after a "
							+ Language.SQL.marked() + " listing titled '" + Titles.CONNECTING_FORM + "'");
			example(table);
			return true;
		}
		Matcher given = Titles.GIVEN_ROWS.matcher(title);
		Matcher then = Titles.THEN_ROWS.matcher(title);
		if (given.matches() && enclosingSection(table) == null) {
			PageAnnotations.attribute(table, SpecConventions.TABLE, given.group(1));
			model.preamble(table);
			return true;
		}
		if (given.matches()) {
			command(table, Command.GIVEN_ROWS, given.group(1));
		}
		else if (then.matches()) {
			command(table, Command.THEN_ROWS, then.group(1));
		}
		else {
			return false;
		}
		example(table);
		return true;
	}

	/**
	 * A stub or a check of an outside service: for the whole spec above the first
	 * section, else for its example.
	 */
	private void outside(Element block, String title) {
		Element section = enclosingSection(block);
		if (section == null) {
			model.outsidePreamble(block);
			return;
		}
		command(block, Command.OUTSIDE, title);
		example(block);
		model.stubsIn(PageAnnotations.exampleName(section));
	}

	private void stubAnswer(Element block) {
		if (enclosingSection(block) != null || !model.outsidePreambleAnswer(block)) {
			command(block, Command.STUB_ANSWER, "");
		}
	}

	/** The example the block is in: its section's, made one if it is not yet. */
	private void example(Element block) {
		Element section = enclosingSection(block);
		if (section == null) {
			command(block, Command.MALFORMED, SpecConventions.NO_SECTION);
			model.outsideSections(SpecBlocks.line(block.getAttributeValue("class")));
			return;
		}
		String name = PageAnnotations.exampleName(section);
		if (name != null) {
			if (isTable(block)) {
				model.needsDatabase(name);
			}
			return;
		}
		Element heading = PageBlocks.firstHeading(section);
		String anchor = model.uniqueAnchor(heading == null ? null : heading.getAttributeValue("id"));
		if (heading != null) {
			PageAnnotations.attribute(heading, "id", anchor); // links to the example
																// reach it
		}
		String title = heading == null || heading.getValue().isBlank() ? anchor : heading.getValue().strip();
		boolean pending = has(section, Role.PENDING);
		// the example's name becomes the section's id: it must not be the heading's
		name = PageMarkup.exampleId(anchor);
		PageAnnotations.markExample(section, name, pending);
		model.example(new SpecExample(name, title, anchor, SpecBlocks.line(section.getAttributeValue("class")), pending,
				isTable(block), List.of()));
	}

	/**
	 * Keeps a request's or expected answer's text with its example, for results.json:
	 * what a later run's site compares.
	 */
	private void listing(Element block, Listing.Kind kind) {
		Element section = enclosingSection(block);
		String example = section == null ? null : PageAnnotations.exampleName(section);
		if (example != null) {
			model.listing(example, new Listing(kind, PageBlocks.listingText(block)));
		}
	}

}
