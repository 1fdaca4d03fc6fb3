package dev.exemplar.spec.api;

/**
 * The engine's configuration parameters. An adopting service sets them in
 * {@code src/test/resources/junit-platform.properties}; like every JUnit configuration parameter, each may also be
 * given as a system property ({@code -Dspec=feed/*}), which wins over the file.
 */
public final class ConfigurationKeys {

    /** Required: the class implementing {@link SpecifiedService}. Selecting it (or its package) runs the specs. */
    public static final String SERVICE = "specs.service";

    /** Required: the folder of the spec documents ({@code *.adoc}), relative to the working directory. */
    public static final String ROOT = "specs.root";

    /** Required: where the executed pages and results.json are written. */
    public static final String OUTPUT = "specs.output";

    /**
     * Required: the service's OpenAPI contract, which every exchange must keep: a path on the service
     * ({@code /v3/api-docs}), fetched once it has started, or a file ({@code file:src/main/resources/api.yaml}).
     */
    public static final String CONTRACT = "specs.contract";

    /** Optional: the header in which every request carries a fresh id, by which the service's log is found. */
    public static final String REQUEST_ID_HEADER = "specs.request-id-header";

    /**
     * Optional: the MDC key under which the service logs that request id; the engine then reads the log of this
     * JVM (see {@link RunningService#serverLog()}).
     */
    public static final String SERVER_LOG_MDC_KEY = "specs.server-log.mdc-key";

    /**
     * Optional: the URL of a deployed service to run the specs against instead of starting one. It has no
     * database the engine can reach: examples with tables are skipped, with the reason.
     */
    public static final String BASE_URL = "specs.baseUrl";

    /** Optional: globs, comma-separated, of the specs to run ({@code feed/*,scores/summary}); all by default. */
    public static final String FILTER = "spec";

    /**
     * Optional: rewrite expectations in the spec sources with the service's answers ({@code all}, {@code failed}
     * or {@code new}); left out, nothing is written (CI's mode). Usually given on the command line:
     * {@code -Dspecs.update=failed}.
     */
    public static final String UPDATE = "specs.update";

    /**
     * Optional: {@code K/N} runs the K-th of N stable parts of the specs (a CI matrix of N machines runs them all);
     * the site build takes the N outputs together (see the README).
     */
    public static final String SHARD = "specs.shard";

    /** Optional: {@code false} keeps the engine's progress lines and summary off standard output. */
    public static final String CONSOLE = "specs.console";

    private ConfigurationKeys() {
    }
}
