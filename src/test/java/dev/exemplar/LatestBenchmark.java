package dev.exemplar;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import dev.exemplar.postgres.TestPostgres;
import dev.exemplar.spec.api.RunningService;

/**
 * The service against its database (see README): {@code GET /latest?limit=10} from wrk, then pgbench running the
 * same query as a prepared statement (as the JDBC driver runs it), each with {@value #CONNECTIONS} connections and
 * {@value #THREADS} threads, round after round on the same PostgreSQL and the same {@value #TWEETS} tweets. The
 * service runs in this JVM, warmed up first; wrk and pgbench are processes of their own, so no load generator
 * shares the service's JVM. Needs wrk and pgbench on the PATH (Debian: wrk, postgresql-client). Prints figures;
 * asserts nothing.
 */
public final class LatestBenchmark {

    private static final int TWEETS = 10_000;
    /** As many as the service's pool holds (Hikari's default), so both sides use as many database connections. */
    private static final int CONNECTIONS = 10;
    private static final int THREADS = 2;
    private static final int WARM_UP_SECONDS = 15;
    private static final int SECONDS = 10;
    private static final int ROUNDS = 3;
    /** The service's query (TweetRepository.LATEST) with its parameter, as pgbench writes one. */
    private static final String QUERY = """
            \\set limit 10
            SELECT id, text, created_at, "user"->>'id' AS user_id FROM tweets ORDER BY created_at DESC, id DESC LIMIT :limit;
            """;

    public static void main(String[] args) throws Exception {
        RunningService service = new ExecutableSpecificationIT().start();
        try {
            seed(service.dataSource().orElseThrow());
            URI latest = service.baseUrl().resolve("/latest?limit=10");
            wrkRate(latest, WARM_UP_SECONDS);
            System.out.printf("%nGET /latest?limit=10 against pgbench -M prepared, %d tweets, %d connections and %d threads each,"
                    + " %d s a round after a %d s warm-up (%d cores)%n", TWEETS, CONNECTIONS, THREADS, SECONDS, WARM_UP_SECONDS,
                    Runtime.getRuntime().availableProcessors());
            List<double[]> rounds = new ArrayList<>();
            for (int round = 1; round <= ROUNDS; round++) {
                String load = loadAverage();
                double http = wrkRate(latest, SECONDS);
                double pgbench = pgbenchRate(TestPostgres.connectionDetails().getJdbcUrl());
                rounds.add(new double[] {http, pgbench, http / pgbench});
                System.out.printf("  round %d: service %6.0f req/s, pgbench %6.0f TPS, ratio %.2f   (load average %s)%n",
                        round, http, pgbench, http / pgbench, load);
            }
            System.out.printf("  service %s req/s, pgbench %s TPS, ratio %s (target >= 0.5)%n",
                    range(rounds, 0, "%.0f"), range(rounds, 1, "%.0f"), range(rounds, 2, "%.2f"));
        }
        finally {
            service.close();
        }
        System.exit(0);
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

    /** Requests a second over keep-alive connections; fails on any answer but 200. */
    private static double wrkRate(URI uri, int seconds) throws IOException, InterruptedException {
        String output = run("wrk", "-c", String.valueOf(CONNECTIONS), "-t", String.valueOf(THREADS), "-d", seconds + "s",
                uri.toString());
        if (output.contains("Non-2xx") || output.contains("Socket errors")) {
            throw new IllegalStateException("wrk saw failures:\n" + output);
        }
        return figure(output, "Requests/sec:\\s+([\\d.]+)");
    }

    private static double pgbenchRate(String jdbcUrl) throws IOException, InterruptedException {
        Matcher url = Pattern.compile("jdbc:postgresql://([^:/]+):(\\d+)/([^?]+)\\?user=([^&]+).*").matcher(jdbcUrl);
        if (!url.matches()) {
            throw new IllegalStateException("Cannot read host, port, database and user from " + jdbcUrl);
        }
        Path script = Files.createTempFile("latest", ".sql");
        try {
            Files.writeString(script, QUERY);
            String output = run("pgbench", "-n", "-M", "prepared", "-c", String.valueOf(CONNECTIONS), "-j", String.valueOf(THREADS),
                    "-T", String.valueOf(SECONDS), "-f", script.toString(),
                    "-h", url.group(1), "-p", url.group(2), "-U", url.group(4), url.group(3));
            return figure(output, "tps = ([\\d.]+)");
        }
        finally {
            Files.delete(script);
        }
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
        }
        return output;
    }

    private static double figure(String output, String pattern) {
        Matcher figure = Pattern.compile(pattern).matcher(output);
        if (!figure.find()) {
            throw new IllegalStateException("No figure (" + pattern + ") in:\n" + output);
        }
        return Double.parseDouble(figure.group(1));
    }

    /** The 1, 5 and 15 minute load averages: the other work on the machine, which moves every figure. */
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
