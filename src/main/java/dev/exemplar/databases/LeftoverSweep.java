package dev.exemplar.databases;

import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.exemplar.system.OutsideServiceException;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * At start, on each tenant server: closes the databases that are not users' to {@code PUBLIC}, and drops the databases
 * and roles that carry the service's prefix but no record (left by a creation that failed halfway while the server was
 * away, or by an instance that stopped mid-creation). A server (or a service's database) that does not answer is left
 * for the next start, which it does not hold up.
 */
@Component
class LeftoverSweep implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(LeftoverSweep.class);

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
        placement.servers().forEach(this::sweep);
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
