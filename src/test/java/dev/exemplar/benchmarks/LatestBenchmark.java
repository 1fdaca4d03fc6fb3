package dev.exemplar.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import dev.exemplar.feed.TweetRepository;
import dev.exemplar.postgres.TestPostgres;
import dev.exemplar.spec.api.RunningService;
import dev.exemplar.ExecutableSpecificationIT;

/**
 * The service against its database: {@code GET /latest?limit=10} from wrk, then pgbench
 * running the same query as a prepared statement (as the JDBC driver runs it), each with
 * {@value #CONNECTIONS} connections and {@value #THREADS} threads, round after round on
 * the same PostgreSQL and the same {@value #TWEETS} tweets. The service runs in this JVM,
 * warmed up first (until its CPU time a request settles); wrk and pgbench are processes
 * of their own, so no load generator shares the service's JVM. Needs wrk and pgbench on
 * the PATH (Debian: wrk, postgresql-client). Prints figures; asserts nothing. How to run
 * it, and its latest figures: docs-site/guides/benchmarks.adoc.
 */
public final class LatestBenchmark {

	private static final int TWEETS = 10_000;

	/**
	 * As many as the service's pool holds (Hikari's default), so both sides use as many
	 * database connections.
	 */
	private static final int CONNECTIONS = 10;

	private static final int THREADS = 2;

	private static final int MIN_WARM_UP_ROUNDS = 3;

	private static final int MAX_WARM_UP_ROUNDS = 6;

	private static final int SECONDS = 10;

	private static final int ROUNDS = 3;

	/**
	 * The service's own query, with its parameter set as pgbench sets one (pgbench's
	 * variables are written :limit too).
	 */
	private static final String QUERY = "\\set limit 10\n" + TweetRepository.LATEST + ";\n";

	public static void main(String[] args) throws Exception {
		RunningService service = new ExecutableSpecificationIT().start();
		try {
			DataSource dataSource = service.dataSource().orElseThrow();
			seed(dataSource);
			CpuTimes cpu = new CpuTimes(backendPid(dataSource));
			URI latest = service.baseUrl().resolve("/latest?limit=10");
			int warmUp = warmUp(latest, cpu);
			System.out.printf(
					"%nGET /latest?limit=10 against pgbench -M prepared, %d tweets, %d connections and %d threads each,"
							+ " %d s a round after a %d s warm-up (%d cores)%n",
					TWEETS, CONNECTIONS, THREADS, SECONDS, warmUp * SECONDS,
					Runtime.getRuntime().availableProcessors());
			List<double[]> rounds = new ArrayList<>();
			for (int round = 1; round <= ROUNDS; round++) {
				String load = loadAverage();
				Phase http = wrk(latest, SECONDS, cpu);
				Phase pgbench = pgbench(TestPostgres.connectionDetails().getJdbcUrl(), cpu);
				rounds.add(new double[] { http.rate(), pgbench.rate(), http.rate() / pgbench.rate() });
				System.out.printf(
						"  round %d: service %6.0f req/s, pgbench %6.0f TPS, ratio %.2f   (load average %s)%n", round,
						http.rate(), pgbench.rate(), http.rate() / pgbench.rate(), load);
				System.out.printf(
						"    CPU µs a request: service %.0f, PostgreSQL %.0f, wrk %.0f;"
								+ " a pgbench transaction: PostgreSQL %.0f, pgbench %.0f%n",
						http.jvm(), http.postgres(), http.client(), pgbench.postgres(), pgbench.client());
			}
			System.out.printf("  service %s req/s, pgbench %s TPS, ratio %s (target >= 0.5)%n",
					range(rounds, 0, "%.0f"), range(rounds, 1, "%.0f"), range(rounds, 2, "%.2f"));
		}
		finally {
			service.close();
		}
		System.exit(0);
	}

	/**
	 * Serves rounds of requests until the JIT has done its work: until the service's CPU
	 * time a request stops falling (by less than a tenth from one round to the next), at
	 * least {@value #MIN_WARM_UP_ROUNDS} rounds and at most {@value #MAX_WARM_UP_ROUNDS}.
	 * @return the rounds it took
	 */
	private static int warmUp(URI latest, CpuTimes cpu) throws IOException, InterruptedException {
		double previous = wrk(latest, SECONDS, cpu).jvm();
		int rounds = 1;
		while (rounds < MAX_WARM_UP_ROUNDS) {
			double now = wrk(latest, SECONDS, cpu).jvm();
			rounds++;
			if (rounds >= MIN_WARM_UP_ROUNDS && now > 0.9 * previous) {
				break;
			}
			previous = now;
		}
		return rounds;
	}

	/**
	 * One load generator's run: what it got a second, and the CPU (µs) each process spent
	 * on one request.
	 */
	private record Phase(double rate, double jvm, double postgres, double client) {
	}

	private static long backendPid(DataSource dataSource) throws Exception {
		try (Connection connection = dataSource.getConnection();
				Statement statement = connection.createStatement();
				ResultSet pid = statement.executeQuery("SELECT pg_backend_pid()")) {
			pid.next();
			return pid.getLong(1);
		}
	}

	private static void seed(DataSource dataSource) throws Exception {
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute("TRUNCATE tweets");
			statement.execute("INSERT INTO tweets (id, created_at, text, \"user\") SELECT 't' || n, "
					+ "timestamptz '2014-08-11 10:00:00Z' + n * interval '1 second', 'tweet ' || n, "
					+ "jsonb_build_object('id', 'u' || (n % 100)) FROM generate_series(1, " + TWEETS + ") n");
			statement.execute("ANALYZE tweets");
		}
	}

	/** Requests over keep-alive connections; fails on any answer but 200. */
	private static Phase wrk(URI uri, int seconds, CpuTimes cpu) throws IOException, InterruptedException {
		return measure(cpu, "(\\d+) requests in", "Requests/sec:\\s+([\\d.]+)", "wrk", "-c",
				String.valueOf(CONNECTIONS), "-t", String.valueOf(THREADS), "-d", seconds + "s", uri.toString());
	}

	private static Phase pgbench(String jdbcUrl, CpuTimes cpu) throws IOException, InterruptedException {
		Matcher url = Pattern.compile("jdbc:postgresql://([^:/]+):(\\d+)/([^?]+)\\?user=([^&]+).*").matcher(jdbcUrl);
		if (!url.matches()) {
			throw new IllegalStateException("Cannot read host, port, database and user from " + jdbcUrl);
		}
		Path script = Files.createTempFile("latest", ".sql");
		try {
			Files.writeString(script, QUERY);
			return measure(cpu, "actually processed: (\\d+)", "tps = ([\\d.]+)", "pgbench", "-n", "-M", "prepared",
					"-c", String.valueOf(CONNECTIONS), "-j", String.valueOf(THREADS), "-T", String.valueOf(SECONDS),
					"-f", script.toString(), "-h", url.group(1), "-p", url.group(2), "-U", url.group(4), url.group(3));
		}
		finally {
			Files.delete(script);
		}
	}

	/**
	 * Runs a load generator through bash, whose {@code times} then tells the generator's
	 * CPU time, and reads its count and rate from its output.
	 */
	private static Phase measure(CpuTimes cpu, String countPattern, String ratePattern, String... command)
			throws IOException, InterruptedException {
		List<String> bash = new ArrayList<>(List.of("bash", "-c", "\"$@\" || exit; times", "bash"));
		bash.addAll(List.of(command));
		long jvm = CpuTimes.jvm();
		long postgres = cpu.postgres();
		Process process = new ProcessBuilder(bash).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes());
		if (process.waitFor() != 0 || output.contains("Non-2xx") || output.contains("Socket errors")) {
			throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
		}
		double count = figure(output, countPattern);
		Matcher times = Pattern.compile("(\\d+)m([\\d.]+)s (\\d+)m([\\d.]+)s\\s*$").matcher(output);
		if (!times.find()) {
			throw new IllegalStateException("No CPU times in:\n" + output);
		}
		double client = 60 * Double.parseDouble(times.group(1)) + Double.parseDouble(times.group(2))
				+ 60 * Double.parseDouble(times.group(3)) + Double.parseDouble(times.group(4));
		return new Phase(figure(output, ratePattern), (CpuTimes.jvm() - jvm) / 1e3 / count,
				(cpu.postgres() - postgres) / 1e3 / count, client * 1e6 / count);
	}

	private static double figure(String output, String pattern) {
		Matcher figure = Pattern.compile(pattern).matcher(output);
		if (!figure.find()) {
			throw new IllegalStateException("No figure (" + pattern + ") in:\n" + output);
		}
		return Double.parseDouble(figure.group(1));
	}

	/**
	 * The 1, 5 and 15 minute load averages: the other work on the machine, which moves
	 * every figure.
	 */
	private static String loadAverage() throws IOException {
		String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
		return fields[0] + " " + fields[1] + " " + fields[2];
	}

	private static String range(List<double[]> rounds, int column, String format) {
		double low = rounds.stream().mapToDouble(round -> round[column]).min().orElseThrow();
		double high = rounds.stream().mapToDouble(round -> round[column]).max().orElseThrow();
		return String.format(format, low) + "–" + String.format(format, high);
	}

}
