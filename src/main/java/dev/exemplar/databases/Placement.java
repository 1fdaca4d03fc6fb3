package dev.exemplar.databases;

import java.util.Collection;
import java.util.Optional;

/**
 * Which tenant server holds a new database, and the servers by the name the records keep
 * ({@link ServerListPlacement}).
 */
public interface Placement {

	TenantServer forNewDatabase(long ownerId);

	Optional<TenantServer> named(String serverName);

	Collection<TenantServer> servers();

}
