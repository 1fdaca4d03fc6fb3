package dev.exemplar.spec.engine;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Stream;

import javax.sql.DataSource;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;

import dev.exemplar.spec.api.ConfigurationKeys;
import dev.exemplar.spec.api.RunningService;
import dev.exemplar.spec.api.SpecDatabases;
import dev.exemplar.spec.api.SpecifiedService;
import dev.exemplar.spec.results.ResultsFile;
import dev.exemplar.spec.results.SpecResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/**
 * Specs at once ({@code specs.parallel}): they overlap, each keeps the order of its
 * examples, specs that use the stand-ins for outside services never overlap each other,
 * and each spec runs on a database of its own, made and dropped around it (a real
 * PostgreSQL). The service is a JDK HttpServer that takes its time over each request and
 * records who asked what, when, and how many requests it held at once; it answers how
 * many rows the table of the database named in the header holds (or of its own database,
 * when a test gives it one).
 */
class ParallelSpecsTests {

	private static final String CONTRACT = """
			openapi: 3.0.3
			info: {title: steps, version: '1'}
			paths:
			  /{spec}/{step}:
			    get:
			      parameters:
			        - {name: spec, in: path, required: true, schema: {type: string}}
			        - {name: step, in: path, required: true, schema: {type: integer}}
			      responses:
			        '200':
			          description: the rows of the spec's database, when it names one
			          content:
			            application/json:
			              schema: {type: object, properties: {rows: {type: integer}}}
			""";

	private static final String DATABASE_HEADER = "X-Db";

	/**
	 * A preamble that seeds one row: a spec's examples then answer {"rows": 1}, on
	 * whichever database it ran.
	 */
	private static final String SEEDED = """
			.Given these rows in items
			|===
			| id

			| 1
			|===

			""";

	private static EmbeddedPostgres postgres;

	private static HttpServer server;

	private static Optional<DataSource> database = Optional.empty();

	/**
	 * How long the service holds each request: specs that must not overlap would be seen
	 * to, if they did.
	 */
	private static volatile long holdMillis;

	/**
	 * The service's own database, whose rows a request without the header is answered:
	 * null, none counted.
	 */
	private static String ownDatabase;

	private static Optional<SpecDatabases> clones = Optional.empty();

	/**
	 * Opened by the first request that finds another in flight. Until then, a request of
	 * a spec so chosen waits for it (once, 30 s at most): specs that can run at once are
	 * then seen to, however busy the machine.
	 */
	private static volatile CountDownLatch company;

	private static volatile Predicate<String> waitsForCompany;

	private static final AtomicInteger inFlight = new AtomicInteger();

	private static final AtomicInteger mostAtOnce = new AtomicInteger();

	/** Each request as "spec/step", in the order they came. */
	private static final List<String> requests = new CopyOnWriteArrayList<>();

	/** When each spec's first request came and its last one ended, in nanoseconds. */
	private static final Map<String, long[]> spans = new ConcurrentHashMap<>();

	@TempDir
	Path dir;

	@BeforeAll
	static void startPostgres() throws IOException, SQLException {
		postgres = EmbeddedPostgres.builder().start();
		sql("postgres", "CREATE DATABASE template_of_items", "CREATE DATABASE served");
		sql("template_of_items", "CREATE TABLE items (id integer PRIMARY KEY)");
		sql("postgres", "CREATE DATABASE served_with_items TEMPLATE template_of_items");
	}

	@AfterAll
	static void stopPostgres() throws IOException {
		postgres.close();
	}

	@BeforeEach
	void startService() throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.setExecutor(Executors.newCachedThreadPool());
		server.createContext("/", ParallelSpecsTests::answer);
		server.start();
		inFlight.set(0);
		mostAtOnce.set(0);
		requests.clear();
		spans.clear();
		database = Optional.empty();
		ownDatabase = null;
		holdMillis = 100;
		clones = Optional.empty();
		company = new CountDownLatch(1);
		waitsForCompany = spec -> false;
	}

	@AfterEach
	void stopService() {
		server.stop(0);
	}

	@Test
	void specsRunAtOnceAndEachKeepsTheOrderOfItsExamples() throws IOException {
		waitsForCompany = spec -> true;
		for (String spec : List.of("d", "c", "b", "a")) {
			spec(spec, "", 3);
		}

		assertThat(SpecEngineTests.outcomes(run(2)).values()).hasSize(12).containsOnlyNulls();

		assertThat(mostAtOnce).hasValue(2);
		for (String spec : List.of("a", "b", "c", "d")) {
			assertThat(requests.stream().filter(request -> request.startsWith(spec + "/"))).containsExactly(spec + "/1",
					spec + "/2", spec + "/3");
		}
		assertThat(ResultsFile.read(dir.resolve("out/results.json")).orElseThrow().specs())
			.extracting(SpecResult::source)
			.containsExactly("a.adoc", "b.adoc", "c.adoc", "d.adoc");
	}

	@Test
	void oneSpecAtATimeWhenParallelIsOne() throws IOException {
		spec("a", "", 2);
		spec("b", "", 2);

		assertThat(SpecEngineTests.outcomes(run(1)).values()).hasSize(4).containsOnlyNulls();

		assertThat(mostAtOnce).hasValue(1);
	}

	@Test
	void specsThatStateWhatAnOutsideServiceAnswersNeverOverlapEachOther() throws IOException {
		String stub = """
				.Given the helper answers
				[source,http]
				----
				GET /help
				----

				[source,json]
				----
				{}
				----

				""";
		spec("stubbed-1", stub, 3);
		spec("stubbed-2", stub, 3);
		spec("plain-1", "", 3);
		spec("plain-2", "", 3);
		waitsForCompany = spec -> spec.startsWith("plain"); // a stubbed spec waiting
															// would hold the other one
															// back

		assertThat(SpecEngineTests.outcomes(run(2)).values()).hasSize(12).containsOnlyNulls();

		long[] first = spans.get("stubbed-1");
		long[] second = spans.get("stubbed-2");
		assertThat(first[1] < second[0] || second[1] < first[0]).as("the stubbed specs ran one after the other")
			.isTrue();
		assertThat(mostAtOnce).hasValue(2);
	}

	@Test
	void eachSpecRunsOnADatabaseNoOtherSpecUsesMeanwhileEmptiedBetweenSpecsAndDroppedAtTheEnd()
			throws IOException, SQLException {
		List<String> made = new CopyOnWriteArrayList<>();
		List<String> dropped = new CopyOnWriteArrayList<>();
		database = Optional.of(postgres.getDatabase("postgres", "served")); // has no
																			// items
																			// table: no
																			// spec may
																			// seed it
		clones = Optional.of(new Clones(made, dropped));
		for (String spec : List.of("a", "b", "c", "d", "e")) {
			spec(spec, SEEDED, 2);
		}

		Map<String, Throwable> outcomes = SpecEngineTests.outcomes(run(2));

		assertThat(outcomes.values()).hasSize(10).containsOnlyNulls(); // each example saw
																		// the one row its
																		// spec seeded
		assertThat(made).hasSizeBetween(1, 2).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(dropped);
		assertThat(databases()).doesNotContainAnyElementsOf(made);
	}

	@Test
	void specsAtOnceWriteThePagesAndResultsThatSpecsOneAtATimeWrite() throws IOException {
		holdMillis = 10; // what is compared is what the runs wrote, not how they
							// overlapped
		ownDatabase = "served_with_items";
		database = Optional.of(postgres.getDatabase("postgres", ownDatabase));
		List<String> made = new CopyOnWriteArrayList<>();
		clones = Optional.of(new Clones(made, new CopyOnWriteArrayList<>()));
		for (String spec : List.of("a", "b", "c", "d")) {
			spec(spec, SEEDED, 2);
		}

		assertThat(SpecEngineTests.outcomes(run(1)).values()).hasSize(8).containsOnlyNulls();
		assertThat(made).as("one at a time: on the service's own database").isEmpty();
		Path oneAtATime = Files.move(dir.resolve("out"), dir.resolve("one-at-a-time"));
		assertThat(SpecEngineTests.outcomes(run(2)).values()).hasSize(8).containsOnlyNulls();
		assertThat(made).as("at once: each on a copy").isNotEmpty();

		assertThat(files(dir.resolve("out"))).isEqualTo(files(oneAtATime)).contains("results.json", "a.html", "d.html");
		for (String file : files(oneAtATime)) {
			assertThat(untimed(dir.resolve("out").resolve(file))).as(file).isEqualTo(untimed(oneAtATime.resolve(file)));
		}
	}

	@Test
	void aFailingExampleNamesTheDatabaseItsSpecRanOn() throws IOException {
		database = Optional.of(postgres.getDatabase("postgres", "served"));
		List<String> made = new CopyOnWriteArrayList<>();
		clones = Optional.of(new Clones(made, new CopyOnWriteArrayList<>()));
		Files.createDirectories(dir.resolve("documents"));
		Files.writeString(dir.resolve("documents/a.adoc"), """
				= a

				== Step 1

				[source,http]
				----
				GET /a/1
				----

				[source,json]
				----
				{"rows": 7}
				----
				""");

		Throwable failure = SpecEngineTests.outcomes(run(2)).get("a.adoc › Step 1");

		assertThat(failure).hasMessageContaining("Database: " + made.get(0));
		assertThat(Files.readString(dir.resolve("out/a.html"))).contains("spec-database", made.get(0));
	}

	@Test
	void specsSharingTheServicesDatabaseRunOneAtATime() throws IOException {
		database = Optional.of(postgres.getDatabase("postgres", "served"));
		spec("a", "", 2);
		spec("b", "", 2);
		spec("c", "", 2);

		assertThat(SpecEngineTests.outcomes(run(2)).values()).hasSize(6).containsOnlyNulls();

		assertThat(mostAtOnce).hasValue(1);
	}

	/**
	 * A spec of examples GET /name/1, /name/2…, each expecting the rows of the spec's
	 * database (0 without one).
	 */
	private void spec(String name, String preamble, int examples) throws IOException {
		StringBuilder text = new StringBuilder("= " + name + "\n\n" + preamble);
		for (int step = 1; step <= examples; step++) {
			text.append("== Step ")
				.append(step)
				.append("\n\n[source,http]\n----\nGET /")
				.append(name)
				.append('/')
				.append(step)
				.append("\n----\n\n[source,json]\n----\n{\"rows\": ")
				.append(preamble.contains("items") ? 1 : 0)
				.append("}\n----\n\n");
		}
		Files.createDirectories(dir.resolve("documents"));
		Files.writeString(dir.resolve("documents").resolve(name + ".adoc"), text);
	}

	private EngineExecutionResults run(int parallel) {
		return ServiceUnderTest.engine(Service.class, dir.resolve("documents"), dir.resolve("out"), "/contract.yaml")
			.configurationParameter(ConfigurationKeys.OUTSIDE_PREFIX + "helper", "helper.url")
			.configurationParameter(ConfigurationKeys.PARALLEL, String.valueOf(parallel))
			.selectors(selectClass(Service.class))
			.execute();
	}

	private static void answer(HttpExchange exchange) throws IOException {
		String path = exchange.getRequestURI().getPath();
		String body;
		if (path.equals("/contract.yaml")) {
			body = CONTRACT;
		}
		else {
			long started = System.nanoTime();
			int atOnce = inFlight.incrementAndGet();
			mostAtOnce.accumulateAndGet(atOnce, Math::max);
			String step = path.substring(1);
			String spec = step.substring(0, step.indexOf('/'));
			requests.add(step);
			try {
				if (atOnce > 1) {
					company.countDown();
				}
				else if (waitsForCompany.test(spec)) {
					company.await(30, TimeUnit.SECONDS);
					company.countDown(); // none came: the next request need not wait too
				}
				Thread.sleep(holdMillis);
				body = "{\"rows\": " + rows(exchange.getRequestHeaders().getFirst(DATABASE_HEADER)) + "}";
			}
			catch (InterruptedException | SQLException e) {
				body = "{\"error\": \"" + e + "\"}";
			}
			finally {
				inFlight.decrementAndGet();
			}
			long ended = System.nanoTime();
			spans.merge(spec, new long[] { started, ended },
					(before, now) -> new long[] { Math.min(before[0], now[0]), Math.max(before[1], now[1]) });
		}
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders()
			.add("Content-Type", path.endsWith(".yaml") ? "application/yaml" : "application/json");
		exchange.sendResponseHeaders(200, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	private static int rows(String header) throws SQLException {
		String databaseName = header != null ? header : ownDatabase;
		if (databaseName == null) {
			return 0;
		}
		try (Connection connection = postgres.getDatabase("postgres", databaseName).getConnection();
				ResultSet count = connection.createStatement().executeQuery("SELECT count(*) FROM items")) {
			count.next();
			return count.getInt(1);
		}
	}

	/**
	 * A page, or results.json, less the one thing that differs from run to run: the time
	 * in Concordion's footer.
	 */
	private static String untimed(Path file) throws IOException {
		return Files.readString(file)
			.replaceAll("<div class=\"testTime\">[^<]*</div>", "<div class=\"testTime\"></div>")
			.replaceAll("\"ranAt\" : \"[^\"]*\"", "\"ranAt\" : \"\"");
	}

	/** The files under a run's output, by their path in it. */
	private static List<String> files(Path output) throws IOException {
		try (Stream<Path> files = Files.walk(output)) {
			return files.filter(Files::isRegularFile).map(file -> output.relativize(file).toString()).sorted().toList();
		}
	}

	private static List<String> databases() throws SQLException {
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				ResultSet names = connection.createStatement().executeQuery("SELECT datname FROM pg_database")) {
			List<String> all = new ArrayList<>();
			while (names.next()) {
				all.add(names.getString(1));
			}
			return all;
		}
	}

	private static void sql(String databaseName, String... statements) throws SQLException {
		try (Connection connection = postgres.getDatabase("postgres", databaseName).getConnection();
				Statement statement = connection.createStatement()) {
			for (String sql : statements) {
				statement.execute(sql);
			}
		}
	}

	/**
	 * Copies of the template, named in {@link #DATABASE_HEADER}; closing one drops it.
	 */
	private record Clones(List<String> made, List<String> dropped) implements SpecDatabases {

		private static final AtomicInteger copies = new AtomicInteger();

		@Override
		public String header() {
			return DATABASE_HEADER;
		}

		@Override
		public Clone create() throws SQLException {
			String name = "copy_" + copies.incrementAndGet();
			sql("postgres", "CREATE DATABASE " + name + " TEMPLATE template_of_items");
			made.add(name);
			return new Clone() {
				@Override
				public String name() {
					return name;
				}

				@Override
				public DataSource dataSource() {
					return postgres.getDatabase("postgres", name);
				}

				@Override
				public void close() throws SQLException {
					dropped.add(name);
					sql("postgres", "DROP DATABASE " + name + " WITH (FORCE)");
				}
			};
		}
	}

	/**
	 * The JDK HttpServer of the running test, with the database and copies the test gives
	 * it.
	 */
	public static final class Service implements SpecifiedService {

		@Override
		public RunningService start() {
			return new RunningService() {
				@Override
				public URI baseUrl() {
					return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
				}

				@Override
				public Optional<DataSource> dataSource() {
					return database;
				}

				@Override
				public Optional<SpecDatabases> specDatabases() {
					return clones;
				}
			};
		}

	}

}
