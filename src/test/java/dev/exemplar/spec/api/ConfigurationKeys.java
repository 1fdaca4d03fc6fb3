package dev.exemplar.spec.api;

/**
 * The engine's configuration parameters. An adopting service sets them in
 * {@code src/test/resources/junit-platform.properties}; like every JUnit configuration
 * parameter, each may also be given as a system property ({@code -Dspec=feed/*}), which
 * wins over the file.
 */
public final class ConfigurationKeys {

	/**
	 * Required: the class implementing {@link SpecifiedService}. Selecting it (or its
	 * package) runs the specs.
	 */
	public static final String SERVICE = "specs.service";

	/**
	 * Required: the folder of the spec documents ({@code *.adoc}), relative to the
	 * working directory.
	 */
	public static final String ROOT = "specs.root";

	/** Required: where the executed pages and results.json are written. */
	public static final String OUTPUT = "specs.output";

	/**
	 * Required: the service's OpenAPI contract, which every exchange must keep: a path on
	 * the service ({@code /v3/api-docs}), fetched once it has started, or a file
	 * ({@code file:src/main/resources/api.yaml}).
	 */
	public static final String CONTRACT = "specs.contract";

	/**
	 * Optional: the header in which every request carries a fresh id, by which the
	 * service's log is found.
	 */
	public static final String REQUEST_ID_HEADER = "specs.request-id-header";

	/**
	 * Optional: the MDC key under which the service logs that request id; the engine then
	 * reads the log of this JVM (see {@link RunningService#serverLog()}).
	 */
	public static final String SERVER_LOG_MDC_KEY = "specs.server-log.mdc-key";

	/**
	 * Optional: the URL of a deployed service to run the specs against instead of
	 * starting one. It has no database the engine can reach: examples with tables are
	 * skipped, with the reason.
	 */
	public static final String BASE_URL = "specs.baseUrl";

	/**
	 * Optional, with {@link #BASE_URL} only, and an environment variable, not a
	 * configuration parameter (system properties are written into the test reports): real
	 * tokens of test users of the deployed service, each for a stand-in the specs write
	 * ({@code user-1-token=…,user-2-token=…}). The engine sends the real one where a
	 * request's header holds the stand-in, and shows and logs the stand-in only; an
	 * example that signs in with a stand-in the run has no real token for is not run,
	 * with the reason.
	 */
	public static final String TOKENS = "SPECS_TOKENS";

	/**
	 * Optional: globs, comma-separated, of the specs to run
	 * ({@code feed/*,scores/summary}); all by default.
	 */
	public static final String FILTER = "spec";

	/**
	 * Optional: rewrite expectations in the spec sources with the service's answers
	 * ({@code all}, {@code failed} or {@code new}); left out, nothing is written (CI's
	 * mode). Usually given on the command line: {@code -Dspecs.update=failed}.
	 */
	public static final String UPDATE = "specs.update";

	/**
	 * Optional: {@code K/N} runs the K-th of N stable parts of the specs (a CI matrix of
	 * N machines runs them all); the site build takes the N outputs together
	 * (guides/running-specs.adoc).
	 */
	public static final String SHARD = "specs.shard";

	/**
	 * Optional, one per outside service the service calls:
	 * {@code specs.outside.users-service=users.url} names the outside service that specs
	 * call "the users service" and the property that points the service at it. The engine
	 * runs a WireMock stand-in for each, passes the property with the stand-in's URL to
	 * {@link SpecifiedService#start(java.util.Map)}, and answers the service's calls with
	 * the stubs a spec states.
	 * {@code specs.outside.users-service.contract=src/test/resources/users-service.yaml}
	 * adds the outside service's own OpenAPI document, which every stubbed call must
	 * keep.
	 */
	public static final String OUTSIDE_PREFIX = "specs.outside.";

	/**
	 * The suffix of {@link #OUTSIDE_PREFIX}{@code <name>} that names the outside
	 * service's contract file.
	 */
	public static final String OUTSIDE_CONTRACT_SUFFIX = ".contract";

	/**
	 * Optional: globs, comma-separated, of what a spec creates and the engine removes
	 * when the spec ends ({@code /databases/*}; {@code *} stands for one path segment,
	 * {@code **} for any). Every {@code 201} answer whose {@code Location} has a path so
	 * matched is remembered; when the spec ends (passed, failed or aborted) the engine
	 * sends {@code DELETE <Location>}, newest first, with the headers of the request that
	 * created it, and the stubs that answered that request answer again. {@code 2xx},
	 * {@code 404} and {@code 410} are fine; any other answer fails the spec.
	 */
	public static final String CLEAN_UP_CREATED = "specs.clean-up.created";

	/**
	 * Optional: how many specs run at once (the examples of a spec always run one after
	 * another, in order); the number of processors by default, {@code 1} runs them one
	 * after another. Specs run at once only when the service gives a database per spec
	 * ({@link RunningService#specDatabases()}) or no database at all, and specs that
	 * state what an outside service answers run one at a time, since they share its
	 * stand-in.
	 */
	public static final String PARALLEL = "specs.parallel";

	/**
	 * Optional: {@code false} keeps the engine's progress lines and summary off standard
	 * output.
	 */
	public static final String CONSOLE = "specs.console";

	/**
	 * Optional: a JUnit tag expression ({@code smoke}, {@code smoke & !slow}); only the
	 * examples whose tags match it run. A spec tags its examples in AsciiDoc
	 * ({@code :tags: smoke} in its header, {@code [tags=smoke]} above a section's
	 * heading). Named as Surefire's and Failsafe's {@code -Dgroups}, which they also hand
	 * JUnit's own filter: that one keeps or drops whole specs, the engine picks their
	 * examples.
	 */
	public static final String GROUPS = "groups";

	/**
	 * Optional: a JUnit tag expression; the examples whose tags match it do not run. As
	 * {@code -DexcludedGroups}: see {@link #GROUPS}.
	 */
	public static final String EXCLUDED_GROUPS = "excludedGroups";

	private ConfigurationKeys() {
	}

}
