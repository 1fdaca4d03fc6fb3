package dev.exemplar.spec.results;

/**
 * The class names and ids with which the engine marks an executed page, and by which the
 * site reads and styles it.
 */
public final class PageMarkup {

	/** On the section of each example. */
	public static final String EXAMPLE = "spec-example";

	/**
	 * The prefix of an example section's id; the rest is its heading's id
	 * ({@link ExampleResult#anchor()}).
	 */
	public static final String EXAMPLE_ID_PREFIX = "example-";

	/** On a block that a failure is about, holding what went wrong. */
	public static final String FAILURE = "spec-failure";

	public static final String FAILURE_TITLE = "spec-failure-title";

	/** The difference between what was expected and what came. */
	public static final String DIFF = "spec-diff";

	/** The lines the service logged while it handled the failing request. */
	public static final String SERVER_LOG = "spec-server-log";

	/**
	 * Inside a failing example: the database its spec ran on, when the spec had one of
	 * its own.
	 */
	public static final String DATABASE = "spec-database";

	/** Why an example or block was not run. */
	public static final String IGNORED_REASON = "spec-ignored-reason";

	/**
	 * Inside an example: the calls the service made to outside services, with their
	 * answers.
	 */
	public static final String OUTSIDE_CALLS = "spec-outside-calls";

	/**
	 * Inside {@link #OUTSIDE_CALLS}: one call, with its parts in attributes
	 * ({@code data-service}, {@code data-method}, {@code data-target},
	 * {@code data-status}; 0 when the connection was dropped).
	 */
	public static final String OUTSIDE_CALL = "spec-outside-call";

	/**
	 * On a request that was sent while stand-ins ran: how many outside calls the example
	 * had made when its answer came, so that a reader of the page can tell which calls
	 * each request caused.
	 */
	public static final String OUTSIDE_CALLS_SO_FAR = "data-outside-calls";

	/** On the listing of an example's request. */
	public static final String REQUEST = "spec-request";

	/** On the listing of the answer an example expects. */
	public static final String EXPECTED_ANSWER = "spec-expected-answer";

	/**
	 * The prefix of the role that names a block's line in its spec: {@code spec-line-12}.
	 */
	public static final String SOURCE_LINE_PREFIX = "spec-line-";

	private PageMarkup() {
	}

	/**
	 * The class of a section or block that ended so: {@code spec-passed},
	 * {@code spec-failed}…
	 */
	public static String statusClass(ExampleStatus status) {
		return "spec-" + status.label();
	}

	public static String exampleId(String anchor) {
		return EXAMPLE_ID_PREFIX + anchor;
	}

}
