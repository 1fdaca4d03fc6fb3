package dev.exemplar.databases;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
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

import dev.exemplar.system.errors.OutsideServiceException;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * At start, on each tenant server: closes the databases that are not users' to
 * {@code PUBLIC}, and drops the databases and roles that carry the service's prefix but
 * no record, where it can prove they are this deployment's leftovers (of a creation that
 * failed halfway while the server was away, or of an instance that stopped mid-creation;
 * see {@link #sweep(TenantServer, Instant)}). A server (or a service's database) that
 * does not answer is left for the next start. The sweep runs on a thread of its own: the
 * start does not wait for it (a server that does not answer took two seconds of it); a
 * creation does (see {@link #awaitSweepAtStart()}).
 */
@Component
class LeftoverSweep implements ApplicationRunner, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(LeftoverSweep.class);

	/**
	 * How long a creation waits for the sweep at start, before it answers 503 (an admin
	 * statement may take 30 s).
	 */
	static final Duration AWAITED_AT_MOST = Duration.ofSeconds(10);

	private final ExecutorService sweeping = Executors.newSingleThreadExecutor(task -> {
		Thread thread = new Thread(task, "databases-sweep");
		thread.setDaemon(true);
		return thread;
	});

	/**
	 * The sweep at start, begun by the runner or by a creation that came first (Tomcat
	 * serves before the runners run).
	 */
	private final FutureTask<Void> atStart = new FutureTask<>(this::sweepAll, null);

	private final AtomicBoolean begun = new AtomicBoolean();

	private final Placement placement;

	private final PublicAccess publicAccess;

	private final TenantRoles roles;

	private final DatabaseRepository records;

	private final DeploymentMark mark;

	LeftoverSweep(Placement placement, PublicAccess publicAccess, TenantRoles roles, DatabaseRepository records,
			DeploymentMark mark) {
		this.placement = placement;
		this.publicAccess = publicAccess;
		this.roles = roles;
		this.records = records;
		this.mark = mark;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		sweepAtStart();
	}

	/**
	 * Waits for the sweep at start, beginning it if it has not begun: no user's role is
	 * made before the servers' own databases are closed to {@code PUBLIC} (where the
	 * sweep could not reach a server, they wait for the next start).
	 * @throws OutsideServiceException 503 when the sweep takes longer than
	 * {@link #AWAITED_AT_MOST}, or the wait is interrupted (the service is stopping)
	 */
	void awaitSweepAtStart() {
		try {
			sweepAtStart().get(AWAITED_AT_MOST.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (ExecutionException e) {
			// the sweep has ended, and logged why it could not finish: a creation goes
			// on, as after any failed sweep
		}
		catch (TimeoutException e) {
			throw new OutsideServiceException(HttpStatus.SERVICE_UNAVAILABLE,
					"The databases' server is being checked after the service's start; try again in a few seconds.");
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new OutsideServiceException(HttpStatus.SERVICE_UNAVAILABLE,
					"The service is stopping; try again later.");
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
		sweeping.awaitTermination(1, TimeUnit.SECONDS); // a statement under way ends when
														// the admin pool closes
	}

	/** {@link #sweep(TenantServer, Instant)} as of now. */
	Outcome sweep(TenantServer server) {
		return sweep(server, Instant.now());
	}

	/**
	 * Drops what it can prove is a leftover of this deployment's: a name no record holds,
	 * whose role bears this deployment's mark, made longer ago than a creation takes,
	 * whose creation never finished (the mark does not say it did). Anything else no
	 * record holds is left in place and logged: a database made in full whose record is
	 * missing (records restored from a backup), another deployment's, one made by hand.
	 */
	Outcome sweep(TenantServer server, Instant now) {
		try {
			publicAccess.closeToPublic(server);
			// before the records: see DatabaseRepository
			List<TenantOnServer> onServer = roles.tenantsOnServer(server);
			Set<String> recorded = records.namesOn(server.name());
			List<String> dropped = new ArrayList<>();
			Map<String, String> left = new TreeMap<>();
			for (TenantOnServer tenant : onServer) {
				if (!recorded.contains(tenant.name())) {
					whyNotALeftover(tenant, now).ifPresentOrElse(why -> left.put(tenant.name(), why), () -> {
						roles.dropQuietly(server, tenant.name());
						dropped.add(tenant.name());
					});
				}
			}
			left.forEach((name, why) -> log.warn("Left {} on tenant server '{}', though no record names it: {}", name,
					server.name(), why));
			log.info(
					"Tenant server '{}': {} leftovers of this deployment's unfinished creations removed, {} databases and roles"
							+ " of no record left in place",
					server.name(), dropped.size(), left.size());
			return new Outcome(dropped, left);
		}
		catch (OutsideServiceException | DataAccessException e) {
			log.warn("Tenant server '{}' not swept for leftovers ({}); the next start tries again", server.name(),
					e.getMessage());
			return new Outcome(List.of(), Map.of());
		}
	}

	/**
	 * @return why the sweep may not drop it; empty when it is this deployment's
	 * unfinished creation
	 */
	private Optional<String> whyNotALeftover(TenantOnServer tenant, Instant now) {
		if (!tenant.hasRole()) {
			return Optional.of("a database with no role of its name, which a creation never leaves");
		}
		Optional<DeploymentMark.Made> made = DeploymentMark.read(tenant.mark());
		if (made.isEmpty()) {
			return Optional.of("its role bears no deployment's mark (made by hand, or before roles were marked)");
		}
		if (!made.get().deploymentId().equals(mark.deploymentId())) {
			return Optional.of("deployment '" + made.get().deploymentId() + "' made it, not this one ('"
					+ mark.deploymentId() + "')");
		}
		if (made.get().at().isAfter(now.minusSeconds(DatabaseService.ABANDONED_AFTER_SECONDS))) {
			return Optional.of("made at " + made.get().at() + ", a creation may still be under way");
		}
		if (tenant.hasDatabase() && !tenant.ownedByRole()) {
			return Optional.of("its database is owned by another role");
		}
		if (made.get().finished()) {
			return Optional
				.of("it was made in full, so its record is lost, not unfinished (were the records restored from"
						+ " a backup?); drop it by hand if it is no one's");
		}
		return Optional.empty();
	}

	/**
	 * @param dropped the names dropped (or left for the next start where the server did
	 * not answer the drop)
	 * @param left the names no record holds that were left in place, each with why
	 */
	record Outcome(List<String> dropped, Map<String, String> left) {
	}

}
