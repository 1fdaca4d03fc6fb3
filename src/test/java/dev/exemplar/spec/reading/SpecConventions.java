package dev.exemplar.spec.reading;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nu.xom.Attribute;
import nu.xom.Document;
import nu.xom.Element;
import nu.xom.Elements;
import nu.xom.Nodes;
import nu.xom.ParentNode;
import org.concordion.api.listener.DocumentParsingListener;

import dev.exemplar.spec.results.Listing;
import dev.exemplar.spec.results.PageMarkup;

/**
 * Reads the spec's conventions and writes them as Concordion commands before Concordion
 * parses the page, so that the author writes no Concordion attribute: an {@code http}
 * listing is a request, the next {@code json} or {@code text} listing its expectation,
 * "Given …"/"Then …" tables are database rows, "Given the … answers" and "Then the … was
 * asked" listings speak of an outside service, a {@code sql} listing titled "Connecting …
 * to …" runs SQL (the "Which gives these rows" table or the {@code text} listing right
 * after it states what PostgreSQL answers), and the innermost section holding a request
 * (or a SQL block) is an example.
 */
public final class SpecConventions implements DocumentParsingListener {

	public static final String NAMESPACE = "urn:spec-engine:commands";
	static final String CONCORDION = "http://www.concordion.org/2007/concordion";
	static final String PENDING_ROLE = "pending";
	static final String ILLUSTRATIVE_ROLE = "illustrative";

	private static final Pattern GIVEN = Pattern.compile("Given (?:these |the following )?rows? in (\\S+?)\\.?",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern THEN = Pattern.compile("Then (\\S+) holds(?: these rows| exactly these rows)?\\.?",
			Pattern.CASE_INSENSITIVE);

	public static final String NO_SECTION = "an example needs a section of its own: put a heading (== …) above it";

	/**
	 * A listing about an outside service (read in full by the stubs' StubTitle);
	 * "answers" is followed by the answer.
	 */
	private static final Pattern OUTSIDE = Pattern.compile(
			"(?:Given the .+? (answers|fails the connection)|Then the .+? was (?:not )?asked)\\b.*",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern SECTION = Pattern.compile("\\bsect[1-5]\\b");

	/**
	 * A {@code [source,sql]} listing so titled runs; the title is read in full by the SQL
	 * blocks' ConnectingTitle.
	 */
	private static final Pattern CONNECTING = Pattern.compile("(?:Connecting|Continuing the session)\\b.*",
			Pattern.CASE_INSENSITIVE);

	/** A listing that starts so was meant as a request, whatever its language says. */
	private static final Pattern REQUEST_LINE = Pattern.compile("(?:GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS) /");

	private static final Pattern WHICH_GIVES = Pattern.compile("Which gives (?:these |the following )?rows?\\.?:?",
			Pattern.CASE_INSENSITIVE);

	/**
	 * The attribute of a SQL block that says what follows it: {@link #SQL_ROWS},
	 * {@link #SQL_REFUSAL} or nothing.
	 */
	public static final String SQL_THEN = "data-sql-then";

	public static final String SQL_ROWS = "rows";

	public static final String SQL_REFUSAL = "refusal";

	private final List<ExampleInfo> examples = new ArrayList<>();

	private final List<Element> preamble = new ArrayList<>();

	private final List<Integer> outsideSections = new ArrayList<>();

	private final List<List<Element>> outsidePreamble = new ArrayList<>();

	private final Set<String> examplesWithStubs = new LinkedHashSet<>();

	private final List<String> sqlTitles = new ArrayList<>();

	private String title;

	/**
	 * The examples found, in document order; known once Concordion has parsed the page.
	 */
	public List<ExampleInfo> examples() {
		return List.copyOf(examples);
	}

	/**
	 * "Given" tables above the first section: they hold for every example of the spec.
	 */
	public List<org.concordion.api.Element> preamble() {
		return preamble.stream().map(org.concordion.api.Element::new).toList();
	}

	/**
	 * The lines of the requests and tables that stand outside any section, and so in no
	 * example: they never run.
	 */
	public List<Integer> outsideSections() {
		return List.copyOf(outsideSections);
	}

	/**
	 * "Given the … answers" listings above the first section, each with its answer
	 * listing (none when the stub fails the connection): they hold for every example of
	 * the spec.
	 */
	public List<List<org.concordion.api.Element>> outsidePreamble() {
		return outsidePreamble.stream()
			.map(stub -> stub.stream().map(org.concordion.api.Element::new).toList())
			.toList();
	}

	/**
	 * Whether the example (by its name) states what an outside service answers, or checks
	 * what it was asked.
	 */
	public boolean usesOutsideServices(String example) {
		return !outsidePreamble.isEmpty() || examplesWithStubs.contains(example);
	}

	/** The titles of the SQL blocks, in document order ("Connecting as … to …"). */
	public List<String> sqlTitles() {
		return List.copyOf(sqlTitles);
	}

	/** The document's title, as its page shows it. */
	public String title() {
		return title;
	}

	@Override
	public void beforeParsing(Document document) {
		List<Element> headings = new ArrayList<>();
		List<Element> blocks = new ArrayList<>();
		collect(document.getRootElement(), headings, blocks);
		title = headings.isEmpty() ? null : headings.get(0).getValue().strip();
		boolean awaitingExpectation = false;
		boolean awaitingStubAnswer = false;
		// the listing after a mistyped request is its expectation: the request's mistake
		// is the one reported
		boolean afterMistypedRequest = false;
		for (int i = 0; i < blocks.size(); i++) {
			Element block = blocks.get(i);
			if (hasClass(block, ILLUSTRATIVE_ROLE)) {
				continue;
			}
			String language = language(block);
			Matcher outside = OUTSIDE.matcher(blockTitle(block));
			if ("http".equals(language) && outside.matches()) {
				outside(block, blockTitle(block));
				awaitingStubAnswer = "answers".equalsIgnoreCase(outside.group(1));
				awaitingExpectation = false;
				continue;
			}
			if (awaitingStubAnswer && ("json".equals(language) || "text".equals(language))) {
				stubAnswer(block);
				awaitingStubAnswer = false;
				continue;
			}
			awaitingStubAnswer = false;
			if ("sql".equals(language) && CONNECTING.matcher(blockTitle(block)).matches()) {
				i += sql(block, i + 1 < blocks.size() ? blocks.get(i + 1) : null);
				awaitingExpectation = false;
				continue;
			}
			if (block.getLocalName().equals("table")) {
				awaitingExpectation &= !table(block);
				continue;
			}
			if (!"http".equals(language) && REQUEST_LINE.matcher(listingText(block)).lookingAt()) {
				command(block, "malformed",
						"this listing reads as an HTTP request but "
								+ (language == null ? "has no language" : "is marked [source," + language + "]")
								+ ": mark it [source,http] to run it, or add role=illustrative to show it only");
				example(block);
				awaitingExpectation = false;
				afterMistypedRequest = true;
				continue;
			}
			boolean expectationOfAMistake = afterMistypedRequest;
			afterMistypedRequest = false;
			if ("http".equals(language)) {
				command(block, "request", "");
				addClass(block, PageMarkup.REQUEST);
				example(block);
				listing(block, Listing.Kind.REQUEST);
				awaitingExpectation = true;
			}
			else if (("json".equals(language) || "text".equals(language)) && awaitingExpectation) {
				command(block, "expect-" + language, "");
				addClass(block, PageMarkup.EXPECTED_ANSWER);
				listing(block, Listing.Kind.EXPECTED_ANSWER);
				awaitingExpectation = false;
			}
			else if (("json".equals(language) || "text".equals(language)) && !expectationOfAMistake) {
				command(block, "malformed", "this " + ("json".equals(language) ? "JSON" : "text")
						+ " block follows no request, so it expects nothing; put it right after a [source,http] block,"
						+ " or mark it [source," + language + ",role=illustrative]");
				example(block);
			}
		}
	}

	/**
	 * Keeps a request's or expected answer's text with its example, for results.json:
	 * what a later run's site compares.
	 */
	private void listing(Element block, Listing.Kind kind) {
		Element section = enclosingSection(block);
		String example = section == null ? null : section.getAttributeValue("example", CONCORDION);
		if (example != null) {
			examples.replaceAll(e -> e.name().equals(example) ? e.with(new Listing(kind, listingText(block))) : e);
		}
	}

	/**
	 * A SQL block, and what follows it in its section: a "Which gives these rows" table
	 * or a {@code [source,text]} listing, the refusal it meets.
	 * @return how many blocks after it are its own (0 or 1)
	 */
	private int sql(Element block, Element next) {
		String title = blockTitle(block);
		sqlTitles.add(title);
		command(block, "sql", title);
		example(block);
		String then = next == null || hasClass(next, ILLUSTRATIVE_ROLE)
				|| enclosingSection(next) != enclosingSection(block) ? ""
						: next.getLocalName().equals("table") && WHICH_GIVES.matcher(caption(next)).matches() ? SQL_ROWS
								: "text".equals(language(next)) ? SQL_REFUSAL : "";
		block.addAttribute(new Attribute(SQL_THEN, then));
		if (then.isEmpty()) {
			return 0;
		}
		command(next, "sql-" + then, "");
		return 1;
	}

	private static String caption(Element table) {
		Element caption = table.getFirstChildElement("caption");
		return caption == null ? "" : caption.getValue().strip();
	}

	/**
	 * @return whether the table is one of the spec's (a seed or a check)
	 */
	private boolean table(Element table) {
		Element caption = table.getFirstChildElement("caption");
		if (caption == null) {
			return false;
		}
		String title = caption.getValue().strip();
		if (WHICH_GIVES.matcher(title).matches()) {
			command(table, "malformed", "a table titled '" + title
					+ "' states the rows of the SQL block right before it,"
					+ " and this one follows none: put it right after a [source,sql] listing titled 'Connecting … to …'");
			example(table);
			return true;
		}
		Matcher given = GIVEN.matcher(title);
		Matcher then = THEN.matcher(title);
		if (given.matches() && enclosingSection(table) == null) {
			table.addAttribute(new Attribute("data-table", given.group(1)));
			preamble.add(table);
			return true;
		}
		if (given.matches()) {
			command(table, "given", given.group(1));
		}
		else if (then.matches()) {
			command(table, "then", then.group(1));
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
			outsidePreamble.add(new ArrayList<>(List.of(block)));
			return;
		}
		command(block, "outside", title);
		example(block);
		examplesWithStubs.add(section.getAttributeValue("example", CONCORDION));
	}

	private void stubAnswer(Element block) {
		if (enclosingSection(block) == null && !outsidePreamble.isEmpty()) {
			outsidePreamble.get(outsidePreamble.size() - 1).add(block);
		}
		else {
			command(block, "stub-answer", "");
		}
	}

	private void example(Element block) {
		Element section = enclosingSection(block);
		if (section == null) {
			command(block, "malformed", NO_SECTION);
			outsideSections.add(SpecBlocks.line(block.getAttributeValue("class")));
			return;
		}
		if (section.getAttribute("example", CONCORDION) != null) {
			if (block.getLocalName().equals("table")) {
				examples.replaceAll(e -> e.name().equals(section.getAttributeValue("example", CONCORDION))
						? e.needingDatabase() : e);
			}
			return;
		}
		Element heading = firstHeading(section);
		String anchor = heading == null ? "example-" + (examples.size() + 1) : heading.getAttributeValue("id");
		String title = heading == null ? anchor : heading.getValue().strip();
		boolean pending = hasClass(section, PENDING_ROLE);
		// the example's name becomes the section's id: it must not be the heading's
		String name = PageMarkup.exampleId(anchor);
		section.addAttribute(new Attribute("concordion:example", CONCORDION, name));
		if (pending) {
			section.addAttribute(new Attribute("concordion:status", CONCORDION, "ExpectedToFail"));
		}
		addClass(section, PageMarkup.EXAMPLE);
		examples.add(new ExampleInfo(name, title, anchor, SpecBlocks.line(section.getAttributeValue("class")), pending,
				block.getLocalName().equals("table"), List.of()));
	}

	private static Element enclosingSection(Element block) {
		for (ParentNode node = block.getParent(); node instanceof Element element; node = element.getParent()) {
			if (element.getLocalName().equals("div")
					&& SECTION.matcher(String.valueOf(element.getAttributeValue("class"))).find()) {
				return element;
			}
		}
		return null;
	}

	private static Element firstHeading(Element section) {
		for (int i = 0; i < section.getChildElements().size(); i++) {
			Element child = section.getChildElements().get(i);
			if (child.getLocalName().matches("h[1-6]")) {
				return child;
			}
		}
		return null;
	}

	/**
	 * The {@code h1} headings, and the listing blocks and tables, each in document order:
	 * one walk of the page (an XPath query compiles at every call, and a union sorts its
	 * nodes: a fifth of a long spec's run went to them).
	 */
	private static void collect(Element element, List<Element> headings, List<Element> blocks) {
		String name = element.getLocalName();
		if (name.equals("h1")) {
			headings.add(element);
		}
		else if (name.equals("div") && hasClass(element, "listingblock")
				|| name.equals("table") && hasClass(element, "tableblock")) {
			blocks.add(element);
		}
		Elements children = element.getChildElements();
		for (int i = 0; i < children.size(); i++) {
			collect(children.get(i), headings, blocks);
		}
	}

	private static String blockTitle(Element block) {
		Elements children = block.getChildElements("div");
		for (int i = 0; i < children.size(); i++) {
			if ("title".equals(children.get(i).getAttributeValue("class"))) {
				return children.get(i).getValue().strip();
			}
		}
		return "";
	}

	/** The text of a listing block, its title aside. */
	private static String listingText(Element block) {
		Nodes listing = block.query(".//*[local-name()='pre']");
		return listing.size() == 0 ? "" : listing.get(0).getValue().strip();
	}

	/**
	 * The {@code data-lang} of the block's first {@code code} that has one, in document
	 * order.
	 */
	private static String language(Element element) {
		Elements children = element.getChildElements();
		for (int i = 0; i < children.size(); i++) {
			Element child = children.get(i);
			String language = child.getLocalName().equals("code") ? child.getAttributeValue("data-lang") : null;
			if (language == null) {
				language = language(child);
			}
			if (language != null) {
				return language;
			}
		}
		return null;
	}

	private static boolean hasClass(Element element, String name) {
		return (" " + element.getAttributeValue("class") + " ").contains(" " + name + " ");
	}

	private static void addClass(Element element, String name) {
		element.addAttribute(new Attribute("class", element.getAttributeValue("class") + " " + name));
	}

	private static void command(Element element, String name, String value) {
		element.addAttribute(new Attribute("ex:" + name, NAMESPACE, value));
	}

	/**
	 * One example of the spec: Concordion's name for it, the heading a reader sees, its
	 * anchor, its heading's line (0 when unknown), whether it is pending, whether it has
	 * tables (and so needs the database), and its requests and expected answers.
	 */
	public record ExampleInfo(String name, String title, String anchor, int line, boolean pending,
			boolean needsDatabase, List<Listing> listings) {

		ExampleInfo needingDatabase() {
			return new ExampleInfo(name, title, anchor, line, pending, true, listings);
		}

		ExampleInfo with(Listing listing) {
			List<Listing> more = new ArrayList<>(listings);
			more.add(listing);
			return new ExampleInfo(name, title, anchor, line, pending, needsDatabase, List.copyOf(more));
		}
	}

}
