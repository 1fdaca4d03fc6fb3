package dev.exemplar;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import dev.exemplar.postgres.TestPostgres;
import dev.exemplar.spec.api.RunningService;

/**
 * The service against its database (see README): GET /latest?limit=10 from a closed loop of {@value #CLIENTS} clients
 * over HTTP, then pgbench running the same query with as many connections, side by side, on the same PostgreSQL and
 * the same {@value #TWEETS} tweets. The service's JVM is warmed up first. Needs pgbench on the PATH (Debian:
 * postgresql-client). Prints figures; asserts nothing.
 */
public final class LatestBenchmark {

    private static final int TWEETS = 10_000;
    private static final int CLIENTS = 32;
    private static final int WARM_UP_SECONDS = 10;
    private static final int SECONDS = 10;
    private static final String QUERY = """
            SELECT id, text, created_at, "user"->>'id' AS user_id FROM tweets ORDER BY created_at DESC, id DESC LIMIT 10;
            """;

    public static void main(String[] args) throws Exception {
        RunningService service = new ExecutableSpecificationIT().start();
        try {
            seed(service.dataSource().orElseThrow());
            URI latest = service.baseUrl().resolve("/latest?limit=10");
            httpRate(latest, WARM_UP_SECONDS);
            double http = httpRate(latest, SECONDS);
            double pgbench = pgbenchRate(TestPostgres.connectionDetails().getJdbcUrl());
            System.out.printf("%nGET /latest?limit=10 against pgbench, %d tweets, %d clients each, %d s after a %d s warm-up (%d cores)%n",
                    TWEETS, CLIENTS, SECONDS, WARM_UP_SECONDS, Runtime.getRuntime().availableProcessors());
            System.out.printf("  service over HTTP (%d threads, java.net.http)   %8.0f req/s%n", CLIENTS, http);
            System.out.printf("  pgbench, same query (%d connections, 2 threads) %8.0f TPS%n", CLIENTS, pgbench);
            System.out.printf("  ratio %.2f (target >= 0.5)%n", http / pgbench);
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

    /** Requests a second from {@link #CLIENTS} threads, each sending the next request once its answer is read. */
    private static double httpRate(URI uri, int seconds) throws InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(uri).build();
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong answered = new AtomicLong();
        List<Thread> clients = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            Thread thread = new Thread(() -> {
                while (running.get()) {
                    try {
                        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() != 200) {
                            throw new IllegalStateException(uri + " answered " + response.statusCode());
                        }
                        answered.incrementAndGet();
                    }
                    catch (IOException | InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                }
            });
            clients.add(thread);
            thread.start();
        }
        long started = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        long count = answered.get();
        double elapsed = (System.nanoTime() - started) / 1e9;
        running.set(false);
        for (Thread thread : clients) {
            thread.join();
        }
        return count / elapsed;
    }

    private static double pgbenchRate(String jdbcUrl) throws IOException, InterruptedException {
        Matcher url = Pattern.compile("jdbc:postgresql://([^:/]+):(\\d+)/([^?]+)\\?user=([^&]+).*").matcher(jdbcUrl);
        if (!url.matches()) {
            throw new IllegalStateException("Cannot read host, port, database and user from " + jdbcUrl);
        }
        Path script = Files.createTempFile("latest", ".sql");
        Files.writeString(script, QUERY);
        Process pgbench = new ProcessBuilder("pgbench", "-n", "-c", String.valueOf(CLIENTS), "-j", "2", "-T", String.valueOf(SECONDS),
                "-f", script.toString(), "-h", url.group(1), "-p", url.group(2), "-U", url.group(4), url.group(3))
                .redirectErrorStream(true).start();
        String output = new String(pgbench.getInputStream().readAllBytes());
        pgbench.waitFor();
        Files.delete(script);
        Matcher tps = Pattern.compile("tps = ([\\d.]+)").matcher(output);
        if (!tps.find()) {
            throw new IllegalStateException("pgbench said:\n" + output);
        }
        return Double.parseDouble(tps.group(1));
    }
}
