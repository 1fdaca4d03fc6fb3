package dev.exemplar.spec.reading;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import nu.xom.Document;
import nu.xom.Element;
import org.concordion.api.listener.DocumentParsingListener;

import dev.exemplar.spec.results.Listing;

/**
 * The spec's model, as its reading finds it: the examples, what holds for all of them
 * (the preamble's tables and stubs), the SQL blocks' titles, the blocks outside any
 * section. Concordion hands it the page before it parses it; {@link ConventionReading}
 * reads the page's conventions and writes them as Concordion commands, so that the author
 * writes no Concordion attribute: an {@code http} listing is a request, the next
 * {@code json} or {@code text} listing its expectation, "Given …"/"Then …" tables are
 * database rows, "Given the … answers" and "Then the … was asked" listings speak of an
 * outside service, a {@code sql} listing titled "Connecting … to …" runs SQL, and the
 * innermost section holding a request (or a SQL block) is an example.
 */
public final class SpecConventions implements DocumentParsingListener {

	public static final String NO_SECTION = "an example needs a section of its own: put a heading (== …) above it";

	/**
	 * The attribute of a SQL block that says what follows it: the command of its rows'
	 * table or of its refusal, or nothing.
	 */
	public static final String SQL_THEN = "data-sql-then";

	/** The attribute of a preamble's table that names the database table it seeds. */
	public static final String TABLE = "data-table";

	/** The suffix Asciidoctor gives a repeated id: {@code -2}. */
	private static final Pattern REPEAT = Pattern.compile("[-_]\\d+$");

	private static final Pattern LETTER_OR_DIGIT = Pattern.compile("[\\p{L}\\p{N}]");

	private final List<SpecExample> examples = new ArrayList<>();

	private final Set<String> anchors = new HashSet<>();

	private final List<Element> preamble = new ArrayList<>();

	private final List<Integer> outsideSections = new ArrayList<>();

	private final List<List<Element>> outsidePreamble = new ArrayList<>();

	private final Set<String> examplesWithStubs = new LinkedHashSet<>();

	private final List<String> sqlTitles = new ArrayList<>();

	private String title;

	/**
	 * The examples found, in document order; known once Concordion has parsed the page.
	 */
	public List<SpecExample> examples() {
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
		PageBlocks.collect(document.getRootElement(), headings, blocks);
		title = headings.isEmpty() ? null : headings.get(0).getValue().strip();
		new ConventionReading(this).read(blocks);
	}

	void example(SpecExample example) {
		examples.add(example);
	}

	void listing(String example, Listing listing) {
		change(example, found -> found.with(listing));
	}

	void needsDatabase(String example) {
		change(example, SpecExample::needingDatabase);
	}

	/**
	 * Replaces the example so named; looked for from the last, as the reading adds to the
	 * example it is in, the last it found (a long spec has hundreds).
	 */
	private void change(String example, UnaryOperator<SpecExample> change) {
		for (int i = examples.size() - 1; i >= 0; i--) {
			if (examples.get(i).name().equals(example)) {
				examples.set(i, change.apply(examples.get(i)));
				return;
			}
		}
	}

	/**
	 * An example's anchor: its heading's id, else (a heading Asciidoctor gave none, or
	 * one without a letter or digit: a title of symbols only, {@code == !!!})
	 * {@code example-N}; made unique with a suffix when taken, as each is an id on the
	 * page and in the test plan.
	 */
	String uniqueAnchor(String headingId) {
		String base = headingId == null || !LETTER_OR_DIGIT.matcher(REPEAT.matcher(headingId).replaceFirst("")).find()
				? "example-" + (examples.size() + 1) : headingId;
		String anchor = base;
		for (int n = 2; !anchors.add(anchor); n++) {
			anchor = base + "-" + n;
		}
		return anchor;
	}

	void preamble(Element table) {
		preamble.add(table);
	}

	void outsideSections(int line) {
		outsideSections.add(line);
	}

	void outsidePreamble(Element stub) {
		outsidePreamble.add(new ArrayList<>(List.of(stub)));
	}

	/**
	 * Adds an answer to the last stub of the preamble.
	 * @return false when the preamble has no stub
	 */
	boolean outsidePreambleAnswer(Element answer) {
		if (outsidePreamble.isEmpty()) {
			return false;
		}
		outsidePreamble.get(outsidePreamble.size() - 1).add(answer);
		return true;
	}

	void stubsIn(String example) {
		examplesWithStubs.add(example);
	}

	void sqlBlock(String title) {
		sqlTitles.add(title);
	}

}
