package dev.exemplar.databases;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.exemplar.system.OutsideServiceException;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * At start, on each tenant server: closes the databases that are not users' to {@code PUBLIC}, and drops the databases
 * and roles that carry the service's prefix but no record (left by a creation that failed halfway while the server was
 * away, or by an instance that stopped mid-creation). A server (or a service's database) that does not answer is left
 * for the next start. The sweep runs on a thread of its own: the start does not wait for it (a server that does not
 * answer took two seconds of it), a creation does (see {@link #awaitSweepAtStart()}).
 */
@Component
class LeftoverSweep implements ApplicationRunner, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(LeftoverSweep.class);

    private final ExecutorService sweeping = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "databases-sweep");
        thread.setDaemon(true);
        return thread;
    });
    /** The sweep begun at start; null until the service has started. */
    private volatile Future<?> atStart;

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
        atStart = sweeping.submit(() -> {
            try {
                placement.servers().forEach(this::sweep);
            }
            catch (RuntimeException e) {
                log.error("The sweep of the tenant servers at start stopped", e);
            }
        });
    }

    /**
     * Waits until the sweep begun at start has ended, if one began: no user's role is made before the servers' own
     * databases are closed to {@code PUBLIC}.
     */
    void awaitSweepAtStart() {
        Future<?> sweep = atStart;
        if (sweep == null) {
            return;
        }
        try {
            sweep.get();
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        catch (ExecutionException | CancellationException e) {
            // the sweep logs its own failures; a creation goes on without it, as after a sweep that failed
        }
    }

    @Override
    public void destroy() {
        sweeping.shutdownNow();
    }

    /** @return how many names were left over (each dropped, or left for the next start when the server did not answer) */
    int sweep(TenantServer server) {
        try {
            provisioner.closeToPublic(server);
            List<String> onServer = provisioner.namesOnServer(server); // before the records: see DatabaseRepository
            Set<String> recorded = records.namesOn(server.name(), DatabaseService.ABANDONED_AFTER_SECONDS);
            List<String> leftovers = onServer.stream().filter(name -> !recorded.contains(name)).distinct().toList();
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
