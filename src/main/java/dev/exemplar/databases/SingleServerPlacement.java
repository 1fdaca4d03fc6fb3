package dev.exemplar.databases;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import com.zaxxer.hikari.HikariDataSource;

/** Every database on the one tenant server; closing it closes the server's admin pool. */
record SingleServerPlacement(TenantServer server) implements Placement, AutoCloseable {

    @Override
    public TenantServer forNewDatabase(long ownerId) {
        return server;
    }

    @Override
    public Optional<TenantServer> named(String serverName) {
        return server.name().equals(serverName) ? Optional.of(server) : Optional.empty();
    }

    @Override
    public Collection<TenantServer> servers() {
        return List.of(server);
    }

    @Override
    public void close() {
        if (server.admin() instanceof HikariDataSource pool) {
            pool.close();
        }
    }
}
