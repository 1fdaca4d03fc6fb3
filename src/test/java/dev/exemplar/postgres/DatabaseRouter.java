package dev.exemplar.postgres;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.lookup.AbstractRoutingDataSource;

/**
 * The service's DataSource under the specs: a request that names a spec's database (see
 * {@link SpecDatabaseFilter}) is served from that database's pool, any other from the
 * service's own pool. Pools come and go while requests run, so they are looked up in a
 * concurrent map rather than in the routing map Spring resolves once.
 */
final class DatabaseRouter extends AbstractRoutingDataSource {

	private static final ThreadLocal<String> NAMED = new ThreadLocal<>();

	private final Map<String, DataSource> databases = new ConcurrentHashMap<>();

	DatabaseRouter(DataSource servicePool) {
		setDefaultTargetDataSource(servicePool);
		setTargetDataSources(Map.of()); // afterPropertiesSet needs one; the pools are
										// looked up below
		afterPropertiesSet();
	}

	/** Serves requests that name this database, from now on. */
	void add(String name, DataSource database) {
		databases.put(name, database);
	}

	void remove(String name) {
		databases.remove(name);
	}

	/**
	 * While the current thread handles a request naming this database; null for the
	 * service's own.
	 */
	static void use(String name) {
		if (name == null) {
			NAMED.remove();
		}
		else {
			NAMED.set(name);
		}
	}

	@Override
	protected Object determineCurrentLookupKey() {
		return NAMED.get();
	}

	@Override
	protected DataSource determineTargetDataSource() {
		String name = NAMED.get();
		if (name == null) {
			return getResolvedDefaultDataSource();
		}
		DataSource database = databases.get(name);
		if (database == null) { // never the service's own: a spec must not write there
								// unknowingly
			throw new IllegalStateException("No spec database named " + name + " is served (dropped, or never made)");
		}
		return database;
	}

}
