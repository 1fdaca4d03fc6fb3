package dev.exemplar.databases;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.exemplar.system.errors.OutsideServiceException;

import org.springframework.http.HttpStatus;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

/**
 * A new database goes to the server with the most room of those that answer, all asked at
 * once and each given {@link #ANSWER_WITHIN}: a server that does not answer takes no new
 * database, while its databases keep their place (their requests answer 503 until it is
 * back). With one server there is nothing to choose: its creation checks its room itself.
 * Closing it closes the servers' admin pools.
 */
final class ServerListPlacement implements Placement, AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(ServerListPlacement.class);

	/**
	 * Longer than the admin pool's wait for a connection (2 s), so that a server refusing
	 * them is told apart.
	 */
	static final Duration ANSWER_WITHIN = Duration.ofSeconds(3);

	/**
	 * When no server answers, one coming back (a restart, a failover) takes about this
	 * long.
	 */
	private static final Duration NONE_ANSWER_RETRY_AFTER = Duration.ofSeconds(30);

	private final List<TenantServer> servers;

	private final TenantRoom room;

	private final ExecutorService asking;

	ServerListPlacement(List<TenantServer> servers, TenantRoom room) {
		this.servers = List.copyOf(servers);
		this.room = room;
		CustomizableThreadFactory threads = new CustomizableThreadFactory("tenant-room-");
		threads.setDaemon(true);
		this.asking = Executors.newCachedThreadPool(threads);
	}

	@Override
	public TenantServer forNewDatabase(long ownerId) {
		if (servers.size() == 1) {
			return servers.get(0);
		}
		List<CompletableFuture<Long>> rooms = new ArrayList<>();
		for (TenantServer server : servers) {
			rooms.add(CompletableFuture.supplyAsync(() -> room.room(server, (int) ANSWER_WITHIN.toSeconds()), asking));
		}
		long deadline = System.nanoTime() + ANSWER_WITHIN.toNanos();
		TenantServer most = null;
		long mostRoom = 0;
		boolean anyAnswered = false;
		for (int i = 0; i < servers.size(); i++) {
			Optional<Long> room = answer(servers.get(i), rooms.get(i), deadline);
			anyAnswered |= room.isPresent();
			if (room.isPresent() && room.get() > mostRoom) {
				most = servers.get(i);
				mostRoom = room.get();
			}
		}
		if (most != null) {
			return most;
		}
		if (anyAnswered) {
			throw TenantRoom.full();
		}
		throw new OutsideServiceException(HttpStatus.SERVICE_UNAVAILABLE,
				"The database servers did not answer; try" + " again later.", NONE_ANSWER_RETRY_AFTER);
	}

	/** The server's room, or empty when it did not tell it by the deadline. */
	private static Optional<Long> answer(TenantServer server, CompletableFuture<Long> room, long deadline) {
		try {
			return Optional.of(room.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
		}
		catch (ExecutionException e) {
			return Optional.empty(); // TenantRoom.room logged why
		}
		catch (TimeoutException e) {
			room.cancel(true);
			log.warn("Tenant server '{}' did not tell its room within {}; no new database goes there now",
					server.name(), ANSWER_WITHIN);
			return Optional.empty();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new OutsideServiceException(HttpStatus.SERVICE_UNAVAILABLE,
					"The service is stopping; try again" + " later.");
		}
	}

	@Override
	public Optional<TenantServer> named(String serverName) {
		return servers.stream().filter(server -> server.name().equals(serverName)).findFirst();
	}

	@Override
	public Collection<TenantServer> servers() {
		return servers;
	}

	@Override
	public void close() {
		asking.shutdownNow();
		servers.forEach(server -> {
			if (server.admin() instanceof HikariDataSource pool) {
				pool.close();
			}
		});
	}

}
