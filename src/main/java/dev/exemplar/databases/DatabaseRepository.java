package dev.exemplar.databases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The records of users' databases. A record is written (creating) before anything is made
 * on the tenant server and marked ready once all is made, so that the start-up sweep,
 * which reads the server first and the records second, never takes a database being made
 * for one nobody recorded. A deletion marks it deleting, and forgets it once the server
 * has dropped it. Each of these is a short transaction of its own: none is held while the
 * tenant server works.
 */
@Repository
class DatabaseRepository {

	private static final String COLUMNS = "id, label, server_name, database_name, role_name, created_at, state";

	/**
	 * The request a key came with, as it is compared: what the body asked for, not how it
	 * was written.
	 */
	private static final String REQUEST = "jsonb_build_object('label', CAST(:label AS text))";

	private final JdbcClient jdbc;

	DatabaseRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Records a new database unless its owner has {@code quota} already (ready or being
	 * made), or has sent {@code key} within {@code window} before. Concurrent calls for
	 * one owner queue on a lock of that owner's (the schema's only advisory lock, keyed
	 * by the user id) held until commit, so that no two of them count the same rows, nor
	 * both find a key unspent. A key older than the window counts as new. The owner's
	 * creations unfinished for longer than a creation takes were abandoned (their
	 * instance stopped, or marking them ready failed): they are forgotten first, with
	 * their keys, as the start-up sweep forgets them (which drops what they left on the
	 * server).
	 * @param key null when the request sent none
	 * @return the record, or why there is none (nothing is written then)
	 */
	@Transactional
	Reservation reserve(long ownerId, String label, IdempotencyKey key, Duration window, String serverName, String name,
			int quota) {
		jdbc.sql("SELECT pg_advisory_xact_lock(:ownerId)").param("ownerId", ownerId).query((rs, row) -> 0).single();
		forgetAbandoned("owner_id = :owner", ownerId);
		if (key != null) {
			Optional<Reservation> spent = spent(ownerId, label, key, window);
			if (spent.isPresent()) {
				return spent.get();
			}
		}
		long held = jdbc.sql("SELECT count(*) FROM databases WHERE owner_id = :ownerId")
			.param("ownerId", ownerId)
			.query(Long.class)
			.single();
		if (held >= quota) {
			return new Reservation.QuotaReached();
		}
		DatabaseRow row = jdbc.sql("""
				INSERT INTO databases (id, owner_id, label, server_name, database_name, role_name)
				VALUES (:id, :ownerId, :label, :serverName, :name, :name)
				RETURNING %s""".formatted(COLUMNS))
			.param("id", UUID.randomUUID())
			.param("ownerId", ownerId)
			.param("label", label)
			.param("serverName", serverName)
			.param("name", name)
			.query(DatabaseRepository::row)
			.single();
		if (key != null) {
			jdbc.sql("""
					INSERT INTO idempotency_keys (owner_id, key, request, database_id)
					VALUES (:ownerId, :key, %s, :id)
					ON CONFLICT (owner_id, key) DO UPDATE -- a key past its window, not purged yet
					SET request = excluded.request, database_id = excluded.database_id, created_at = now()"""
				.formatted(REQUEST))
				.param("ownerId", ownerId)
				.param("key", key.value())
				.param("label", label)
				.param("id", row.id())
				.update();
		}
		return new Reservation.Recorded(row);
	}

	private Optional<Reservation> spent(long ownerId, String label, IdempotencyKey key, Duration window) {
		return jdbc
			.sql("""
					SELECT k.request = %s AS same_request, %s
					FROM idempotency_keys k LEFT JOIN databases d ON d.id = k.database_id AND d.state <> 'deleting'
					WHERE k.owner_id = :ownerId AND k.key = :key
					AND k.created_at >= now() - make_interval(secs => :secs)""".formatted(REQUEST,
					"d.id, d.label, d.server_name, d.database_name, d.role_name, d.created_at, d.state"))
			.param("ownerId", ownerId)
			.param("key", key.value())
			.param("label", label)
			.param("secs", window.toSeconds())
			.query((rs,
					n) -> (Reservation) new Reservation.KeySpent(rs.getBoolean("same_request"),
							rs.getObject("id") == null ? null : row(rs, n), "ready".equals(rs.getString("state"))))
			.optional();
	}

	/**
	 * Forgets a creation that failed, and its key: a retry with that key may make the
	 * database after all.
	 */
	@Transactional
	void forgetCreation(UUID id) {
		jdbc.sql("DELETE FROM idempotency_keys WHERE database_id = :id").param("id", id).update();
		delete(id);
	}

	/**
	 * @return false when the creation was forgotten meanwhile, as abandoned (see
	 * {@link #reserve})
	 */
	boolean markReady(UUID id) {
		return jdbc.sql("UPDATE databases SET state = 'ready' WHERE id = :id AND state = 'creating'")
			.param("id", id)
			.update() == 1;
	}

	/**
	 * Marks the owner's database deleting, if it is made (ready) or being deleted
	 * already: from then on no request but a deletion takes it.
	 * @return the record; empty when the owner has no such database, or it is still being
	 * made
	 */
	Optional<DatabaseRow> markDeleting(long ownerId, UUID id) {
		return jdbc
			.sql("UPDATE databases SET state = 'deleting' WHERE id = :id AND owner_id = :ownerId"
					+ " AND state IN ('ready', 'deleting') RETURNING " + COLUMNS)
			.param("id", id)
			.param("ownerId", ownerId)
			.query(DatabaseRepository::row)
			.optional();
	}

	void delete(UUID id) {
		jdbc.sql("DELETE FROM databases WHERE id = :id").param("id", id).update();
	}

	List<DatabaseRow> ofOwner(long ownerId) {
		return jdbc
			.sql("SELECT " + COLUMNS + " FROM databases WHERE owner_id = :ownerId AND state = 'ready'"
					+ " ORDER BY created_at, id")
			.param("ownerId", ownerId)
			.query(DatabaseRepository::row)
			.list();
	}

	/** The owner's database, made or being deleted; empty while it is being made. */
	Optional<DatabaseRow> find(long ownerId, UUID id) {
		return jdbc
			.sql("SELECT " + COLUMNS + " FROM databases WHERE id = :id AND owner_id = :ownerId"
					+ " AND state <> 'creating'")
			.param("id", id)
			.param("ownerId", ownerId)
			.query(DatabaseRepository::row)
			.optional();
	}

	/**
	 * Forgets the records of creations that never finished, older than a creation could
	 * take (the instance making them stopped), and their keys (their clients never had an
	 * answer), and answers the names the records hold on that server.
	 */
	@Transactional
	Set<String> namesOn(String serverName) {
		forgetAbandoned("server_name = :owner", serverName);
		return Set.copyOf(jdbc.sql(
				"SELECT database_name FROM databases WHERE server_name = :server UNION SELECT role_name FROM databases WHERE server_name = :server")
			.param("server", serverName)
			.query(String.class)
			.list());
	}

	/**
	 * Forgets the creations unfinished for longer than a creation takes, and their keys,
	 * of an owner or a server.
	 */
	private void forgetAbandoned(String whose, Object owner) {
		jdbc.sql("""
				WITH abandoned AS (DELETE FROM databases WHERE %s AND state = 'creating'
				                   AND created_at < now() - make_interval(secs => :secs) RETURNING id)
				DELETE FROM idempotency_keys WHERE database_id IN (SELECT id FROM abandoned)""".formatted(whose))
			.param("owner", owner)
			.param("secs", DatabaseService.ABANDONED_AFTER_SECONDS)
			.update();
	}

	/**
	 * Forgets the keys sent longer than {@code window} ago, whoever sent them. @return
	 * how many
	 */
	int purgeKeysOlderThan(Duration window) {
		return jdbc.sql("DELETE FROM idempotency_keys WHERE created_at < now() - make_interval(secs => :secs)")
			.param("secs", window.toSeconds())
			.update();
	}

	private static DatabaseRow row(ResultSet rs, int row) throws SQLException {
		return new DatabaseRow(rs.getObject("id", UUID.class), rs.getString("label"), rs.getString("server_name"),
				rs.getString("database_name"), rs.getString("role_name"),
				rs.getObject("created_at", OffsetDateTime.class),
				DatabaseRow.State.valueOf(rs.getString("state").toUpperCase(Locale.ROOT)));
	}

}
