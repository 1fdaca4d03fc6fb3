package dev.exemplar.databases;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.exemplar.system.errors.ConflictException;
import dev.exemplar.system.errors.NotFoundException;
import dev.exemplar.system.errors.OutsideServiceException;
import dev.exemplar.system.errors.UnprocessableException;

import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Users' databases: what the records say and what the tenant server holds, kept in
 * agreement. A user reaches only their own; another user's database is answered as one
 * that does not exist. No transaction of the service's database (nor any of its
 * connections) is held while the tenant server works: a slow server slows its own
 * requests, not the service's others. The record's state keeps them apart instead.
 */
@Service
class DatabaseService {

	/**
	 * A creation not finished after this long was abandoned (its instance stopped, or
	 * marking it ready failed): the owner's next creation forgets its record, and the
	 * start-up sweep what it left on the server.
	 */
	static final int ABANDONED_AFTER_SECONDS = 60;

	private final DatabaseRepository records;

	private final TenantCreation creation;

	private final TenantRoles roles;

	private final MeasuredUsage usage;

	private final Placement placement;

	private final DatabasesProperties properties;

	private final LeftoverSweep sweep;

	private final OwnerTurns turns;

	DatabaseService(DatabaseRepository records, TenantCreation creation, TenantRoles roles, MeasuredUsage usage,
			Placement placement, DatabasesProperties properties, LeftoverSweep sweep, OwnerTurns turns) {
		this.records = records;
		this.creation = creation;
		this.roles = roles;
		this.usage = usage;
		this.placement = placement;
		this.properties = properties;
		this.sweep = sweep;
		this.turns = turns;
	}

	/**
	 * Records it, makes it on the tenant server, then marks it ready; a failure on the
	 * way leaves neither, nor its key. A key sent before (within the window) makes
	 * nothing: the answer is the database it made, without the password (which is kept
	 * nowhere, so cannot be repeated; POST /databases/{id}/password gives a new one).
	 */
	Creation create(long ownerId, String label, Optional<IdempotencyKey> key) {
		sweep.awaitSweepAtStart();
		TenantServer server = placement.forNewDatabase(ownerId);
		// in turn, so that the owner's other creations queue without a pooled connection
		Reservation reservation = turns.inTurn(ownerId, () -> records.reserve(ownerId, label, key.orElse(null),
				properties.idempotencyWindow(), server.name(), TenantNames.next(), properties.quota()));
		if (reservation instanceof Reservation.KeySpent spent) {
			return new Creation(earlier(spent), false);
		}
		if (!(reservation instanceof Reservation.Recorded recorded)) {
			throw new ConflictException("You have " + properties.quota() + " databases, as many as a user may have;"
					+ " delete one (DELETE /databases/{id}) to make another.");
		}
		DatabaseRow row = recorded.row();
		String password = Passwords.next();
		try {
			creation.create(server, row.databaseName(), Passwords.verifier(password));
		}
		catch (OutsideServiceException e) {
			records.forgetCreation(row.id());
			throw e;
		}
		boolean ready;
		try {
			ready = records.markReady(row.id());
		}
		catch (DataAccessException e) {
			roles.dropQuietly(server, row.databaseName());
			throw e;
		}
		if (!ready) {
			roles.dropQuietly(server, row.databaseName());
			throw new OutsideServiceException(HttpStatus.SERVICE_UNAVAILABLE, "The database server took longer than "
					+ ABANDONED_AFTER_SECONDS + " seconds to make the database, so it was given up; try again later.");
		}
		return new Creation(Database.of(row, server, password), true);
	}

	/**
	 * The answer to a key sent before: its database, as a read answers it, or why not.
	 */
	private Database earlier(Reservation.KeySpent spent) {
		if (!spent.sameRequest()) {
			throw new UnprocessableException("This " + IdempotencyKey.HEADER + " came before with another body; a retry"
					+ " sends the body it first sent, and another request a new key.");
		}
		if (spent.database() == null) {
			throw new ConflictException("The database made with this " + IdempotencyKey.HEADER + " has been deleted"
					+ " since; send a new key to make another.");
		}
		if (!spent.ready()) {
			throw new ConflictException("A request with this " + IdempotencyKey.HEADER
					+ " is still making its database;" + " retry in a few seconds to get it.");
		}
		return Database.of(spent.database(), server(spent.database()), null);
	}

	List<Database> list(long ownerId) {
		return records.ofOwner(ownerId).stream().map(row -> Database.of(row, server(row), null)).toList();
	}

	Database find(long ownerId, UUID id) {
		DatabaseRow row = ready(ownerId, id);
		Database database = Database.of(row, server(row), null);
		return usage.of(server(row), row.databaseName()).map(database::with).orElse(database);
	}

	/**
	 * A new password, answered once; the old one stops working for new connections at
	 * once. Refused (409) when a deletion began before it ended, whether or not the
	 * server took the password.
	 */
	Database changePassword(long ownerId, UUID id) {
		DatabaseRow row = ready(ownerId, id);
		String password = Passwords.next();
		TenantServer server = server(row);
		try {
			roles.changePassword(server, row.roleName(), Passwords.verifier(password));
		}
		catch (OutsideServiceException e) {
			ready(ownerId, id); // a deletion under way explains the failure better than
								// the server's silence
			throw e;
		}
		ready(ownerId, id);
		return Database.of(row, server, password);
	}

	/**
	 * Marks it deleting, drops it on the server, then forgets it. When the server does
	 * not answer (503), it stays deleting: no request but a deletion takes it, and a
	 * retried DELETE finishes the work.
	 */
	void delete(long ownerId, UUID id) {
		DatabaseRow row = records.markDeleting(ownerId, id).orElseThrow(() -> notFound(id));
		roles.drop(server(row), row.databaseName());
		records.delete(row.id());
	}

	/**
	 * The owner's database, made in full: 404 when there is none (or it is being made),
	 * 409 while it is deleted.
	 */
	private DatabaseRow ready(long ownerId, UUID id) {
		DatabaseRow row = records.find(ownerId, id).orElseThrow(() -> notFound(id));
		if (row.state() == DatabaseRow.State.DELETING) {
			throw new ConflictException("Database " + id + " is being deleted; send DELETE /databases/" + id
					+ " again to finish it, if the first answered 503.");
		}
		return row;
	}

	/**
	 * A record naming a server taken off the list is the deployment's mistake, not the
	 * client's: 503, said in the log.
	 */
	private TenantServer server(DatabaseRow row) {
		return placement.named(row.serverName())
			.orElseThrow(() -> new OutsideServiceException(HttpStatus.SERVICE_UNAVAILABLE,
					"The database server of this database cannot be reached; try again later.", null,
					"Database " + row.id() + " is on tenant server '" + row.serverName() + "', which is not configured"
							+ " (exemplar.databases.servers): add it back to manage its databases"));
	}

	/**
	 * @param made false when an earlier request with the same key made it: the database
	 * carries no password then
	 */
	record Creation(Database database, boolean made) {
	}

	private static NotFoundException notFound(UUID id) {
		return new NotFoundException("You have no database with id " + id + ".");
	}

}
