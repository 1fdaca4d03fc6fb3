package dev.exemplar.databases;

import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.stereotype.Component;

/**
 * The usage {@code GET /databases/{id}} answers: the last measure of the database, by the
 * size check or by a read, at most {@code DATABASES_SIZE_CHECK_INTERVAL} old. Each
 * measure walks the database's directory ({@code pg_database_size}): a client that polls
 * its database costs its server one walk an interval, not one a request.
 */
@Component
class MeasuredUsage {

	/**
	 * Bounds the memory the measures take; a database past it is measured again when
	 * read.
	 */
	private static final long MOST_DATABASES = 10_000;

	private final Cache<Key, Usage> lastMeasures;

	private final TenantUsage tenantUsage;

	MeasuredUsage(TenantUsage tenantUsage, TenantBounds bounds) {
		this.tenantUsage = tenantUsage;
		this.lastMeasures = Caffeine.newBuilder()
			.expireAfterWrite(bounds.sizeCheckInterval())
			.maximumSize(MOST_DATABASES)
			.build();
	}

	/**
	 * The database's last measure, or a new one when none is fresh; empty when the server
	 * does not answer.
	 */
	Optional<Usage> of(TenantServer server, String name) {
		Key key = new Key(server.name(), name);
		Usage last = lastMeasures.getIfPresent(key);
		if (last != null) {
			return Optional.of(last);
		}
		// not Cache.get(key, loader): a slow server would hold other databases' reads
		// behind the map's lock
		Optional<Usage> measured = tenantUsage.usage(server, name);
		measured.ifPresent(usage -> lastMeasures.put(key, usage));
		return measured;
	}

	/** The size check's measure, with the state it left the database in. */
	void record(TenantServer server, String name, Usage usage) {
		lastMeasures.put(new Key(server.name(), name), usage);
	}

	private record Key(String server, String database) {
	}

}
