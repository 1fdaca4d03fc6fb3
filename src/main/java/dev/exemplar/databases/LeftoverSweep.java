package dev.exemplar.databases;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.exemplar.system.OutsideServiceException;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * At start, on each tenant server: closes the databases that are not users' to {@code PUBLIC}, and drops the databases
 * and roles that carry the service's prefix but no record (left by a creation that failed halfway while the server was
 * away, or by an instance that stopped mid-creation). A server (or a service's database) that does not answer is left
 * for the next start. The sweep runs on a thread of its own: the start does not wait for it (a server that does not
 * answer took two seconds of it); a creation does (see {@link #awaitSweepAtStart()}).
 */
@Component
class LeftoverSweep implements ApplicationRunner, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(LeftoverSweep.class);

    /** How long a creation waits for the sweep at start, before it answers 503 (an admin statement may take 30 s). */
    static final Duration AWAITED_AT_MOST = Duration.ofSeconds(10);

    private final ExecutorService sweeping = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "databases-sweep");
        thread.setDaemon(true);
        return thread;
    });
    /** The sweep at start, begun by the runner or by a creation that came first (Tomcat serves before the runners run). */
    private final FutureTask<Void> atStart = new FutureTask<>(this::sweepAll, null);
    private final AtomicBoolean begun = new AtomicBoolean();

    private final Placement placement;
    private final Provisioner provisioner;
    private final DatabaseRepository records;

    LeftoverSweep(Placement placement, Provisioner provisioner, DatabaseRepository records) {
        this.placement = placement;
        this.provisioner = provisioner;
        this.records = records;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        sweepAtStart();
    }

    /**
     * Waits for the sweep at start, beginning it if it has not begun: no user's role is made before the servers' own
     * databases are closed to {@code PUBLIC} (where the sweep could not reach a server, they wait for the next start).
     *
     * @throws OutsideServiceException 503 when the sweep takes longer than {@link #AWAITED_AT_MOST}, or the wait is
     *         interrupted (the service is stopping)
     */
    void awaitSweepAtStart() {
        try {
            sweepAtStart().get(AWAITED_AT_MOST.toMillis(), TimeUnit.MILLISECONDS);
        }
        catch (ExecutionException e) {
            // the sweep has ended, and logged why it could not finish: a creation goes on, as after any failed sweep
        }
        catch (TimeoutException e) {
            throw new OutsideServiceException(HttpStatus.SERVICE_UNAVAILABLE,
                    "The databases' server is being checked after the service's start; try again in a few seconds.");
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OutsideServiceException(HttpStatus.SERVICE_UNAVAILABLE, "The service is stopping; try again later.");
        }
    }

    private Future<?> sweepAtStart() {
        if (begun.compareAndSet(false, true)) {
            sweeping.execute(atStart);
        }
        return atStart;
    }

    private void sweepAll() {
        try {
            placement.servers().forEach(this::sweep);
        }
        catch (RuntimeException | Error e) {
            log.error("The sweep of the tenant servers at start stopped", e);
            throw e;
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        sweeping.shutdownNow();
        sweeping.awaitTermination(1, TimeUnit.SECONDS); // a statement under way ends when the admin pool closes
    }

    /** @return how many names were left over (each dropped, or left for the next start when the server did not answer) */
    int sweep(TenantServer server) {
        try {
            provisioner.closeToPublic(server);
            List<String> onServer = provisioner.namesOnServer(server); // before the records: see DatabaseRepository
            Set<String> recorded = records.namesOn(server.name(), DatabaseService.ABANDONED_AFTER_SECONDS);
            List<String> leftovers = onServer.stream().filter(name -> !recorded.contains(name)).toList();
            leftovers.forEach(name -> provisioner.dropQuietly(server, name));
            if (!leftovers.isEmpty()) {
                log.info("Removed {} leftover databases and roles of no record from tenant server '{}'", leftovers.size(), server.name());
            }
            return leftovers.size();
        }
        catch (OutsideServiceException | DataAccessException e) {
            log.warn("Tenant server '{}' not swept for leftovers ({}); the next start tries again", server.name(), e.getMessage());
            return 0;
        }
    }
}
