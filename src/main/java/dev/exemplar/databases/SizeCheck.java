package dev.exemplar.databases;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.exemplar.system.errors.OutsideServiceException;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every {@code DATABASES_SIZE_CHECK_INTERVAL}, on each tenant server, measures users'
 * databases, a page of {@link #PAGE} at a time with a pause between pages
 * ({@code pg_database_size} walks a database's directory): over
 * {@code DATABASES_SIZE_LIMIT}, its writes stop ({@link TenantUsage#stopWrites}); within
 * it again, they are allowed. What it measures is what {@code GET /databases/{id}}
 * answers ({@link MeasuredUsage}). A server that does not answer is tried again at the
 * next check.
 */
@Component
class SizeCheck {

	private static final Logger log = LoggerFactory.getLogger(SizeCheck.class);

	static final int PAGE = 50;

	private static final String INTERVAL = "${exemplar.databases.bounds.size-check-interval}";

	private static final long PAUSE_MILLIS = 200;

	private final Placement placement;

	private final TenantUsage tenantUsage;

	private final MeasuredUsage measuredUsage;

	private final TenantBounds bounds;

	SizeCheck(Placement placement, TenantUsage tenantUsage, MeasuredUsage measuredUsage, TenantBounds bounds) {
		this.placement = placement;
		this.tenantUsage = tenantUsage;
		this.measuredUsage = measuredUsage;
		this.bounds = bounds;
	}

	@Scheduled(initialDelayString = INTERVAL, fixedDelayString = INTERVAL)
	void checkAll() {
		try {
			for (TenantServer server : placement.servers()) {
				check(server);
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		catch (RuntimeException e) {
			log.error("The size check of the tenant servers stopped; it runs again in {}", bounds.sizeCheckInterval(),
					e);
		}
	}

	/**
	 * @return how many databases it changed (writes stopped or allowed again)
	 */
	int check(TenantServer server) throws InterruptedException {
		int changed = 0;
		String after = "";
		try {
			for (List<Usage.Measured> page = tenantUsage.sizes(server, after, PAGE); !page.isEmpty(); page = tenantUsage
				.sizes(server, after, PAGE)) {
				for (Usage.Measured database : page) {
					Usage enforced = enforce(server, database);
					changed += enforced.state() == database.usage().state() ? 0 : 1;
					measuredUsage.record(server, database.name(), enforced);
				}
				after = page.get(page.size() - 1).name();
				TimeUnit.MILLISECONDS.sleep(PAUSE_MILLIS);
			}
		}
		catch (OutsideServiceException e) {
			log.warn("Tenant server '{}' not checked for sizes ({}); the next check tries again", server.name(),
					e.getMessage());
		}
		return changed;
	}

	/** The database's usage, with the state this check left it in. */
	private Usage enforce(TenantServer server, Usage.Measured database) {
		Usage usage = database.usage();
		if (usage.overLimit() && usage.state() == Usage.State.WRITABLE) {
			tenantUsage.stopWrites(server, database.name());
			return usage.in(Usage.State.READ_ONLY);
		}
		if (!usage.overLimit() && usage.state() == Usage.State.READ_ONLY) {
			tenantUsage.allowWrites(server, database.name());
			return usage.in(Usage.State.WRITABLE);
		}
		return usage;
	}

}
