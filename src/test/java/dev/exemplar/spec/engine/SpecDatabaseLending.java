package dev.exemplar.spec.engine;

import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;

import dev.exemplar.spec.api.SpecDatabases;

/**
 * The specs' databases of a run: a spec borrows one for its run and gives it back at its
 * end; the next spec to borrow it starts from it emptied. As many are made as specs run
 * at once, each dropped at the end of the run: copying a database (the template's
 * catalogs, some 7 MB) cost 150-1000 ms a spec while specs ran at once on 2 busy cores,
 * emptying one a few ms.
 */
final class SpecDatabaseLending implements AutoCloseable {

	private final SpecDatabases databases;

	private final Deque<SpecDatabases.Clone> idle = new ConcurrentLinkedDeque<>();

	private final List<SpecDatabases.Clone> made = new ArrayList<>();

	SpecDatabaseLending(SpecDatabases databases) {
		this.databases = databases;
	}

	String header() {
		return databases.header();
	}

	/**
	 * A database no other spec is using: a fresh copy, or one a spec before has given
	 * back (not emptied yet).
	 */
	Loan borrow() throws Exception {
		SpecDatabases.Clone database = idle.poll();
		if (database != null) {
			return new Loan(database, false);
		}
		database = databases.create();
		synchronized (made) {
			made.add(database);
		}
		return new Loan(database, true);
	}

	void giveBack(Loan loan) {
		idle.push(loan.database());
	}

	/** Drops every database made. */
	@Override
	public void close() throws Exception {
		Exception first = null;
		synchronized (made) {
			for (SpecDatabases.Clone database : made) {
				try {
					database.close();
				}
				catch (Exception e) {
					if (first == null) {
						first = e;
					}
					else {
						first.addSuppressed(e);
					}
				}
			}
			made.clear();
		}
		if (first != null) {
			throw first;
		}
	}

	/**
	 * @param fresh just made, so already empty
	 */
	record Loan(SpecDatabases.Clone database, boolean fresh) {
	}

}
