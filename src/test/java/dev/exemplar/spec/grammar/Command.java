package dev.exemplar.spec.grammar;

/**
 * The commands the blocks of a spec become: the reading writes each as an attribute of
 * its block, in the engine's namespace; the run registers one Concordion command under
 * each name. A new block kind is a constant here, its recognition in the reading and its
 * command in the run.
 */
public enum Command {

	/** A {@code [source,http]} listing. */
	REQUEST("request"),

	/** The {@code [source,json]} listing after a request. */
	EXPECT_JSON("expect-json"),

	/** The {@code [source,text]} listing after a request. */
	EXPECT_TEXT("expect-text"),

	/** A "Given these rows in …" table in a section. */
	GIVEN_ROWS("given"),

	/** A "Then … holds these rows" table. */
	THEN_ROWS("then"),

	/** A block the reading found wrong: it fails its example with the reading's words. */
	MALFORMED("malformed"),

	/** A listing titled "Given the … answers" or "Then the … was asked" in a section. */
	OUTSIDE("outside"),

	/** The listing after "Given the … answers": the answer. */
	STUB_ANSWER("stub-answer"),

	/** A {@code [source,sql]} listing titled "Connecting … to …". */
	SQL("sql"),

	/** The "Which gives these rows" table after a SQL block. */
	SQL_ROWS("sql-rows"),

	/** The {@code [source,text]} listing after a SQL block: the refusal it meets. */
	SQL_REFUSAL("sql-refusal");

	/** The namespace of the commands' attributes. */
	public static final String NAMESPACE = "urn:spec-engine:commands";

	private final String name;

	Command(String name) {
		this.name = name;
	}

	/** Concordion's name for it, and the local name of its attribute. */
	public String commandName() {
		return name;
	}

	/** The qualified name of its attribute: {@code ex:request}. */
	public String attribute() {
		return "ex:" + name;
	}

}
