package dev.exemplar.databases;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.exemplar.system.OutsideServiceException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The statements run on a tenant server, as its admin role, outside any transaction ({@code CREATE DATABASE} cannot
 * run in one): plain JDBC, so that no statement is logged by Spring's SQL logging (a statement may hold a verifier).
 * Each log line names the database and the step, never a statement.
 */
@Component
class Provisioner {

    private static final Logger log = LoggerFactory.getLogger(Provisioner.class);

    private final ObjectProvider<ProvisioningObserver> observers;
    private final DeploymentMark mark;

    Provisioner(ObjectProvider<ProvisioningObserver> observers, DeploymentMark mark) {
        this.observers = observers;
        this.mark = mark;
    }

    /**
     * A login role with no power beyond its own database, and that database, owned by it and closed to every other
     * role. The database is made closed to connections, and opened once its privileges are set. A failure drops
     * whatever was made, as far as the server answers (what it does not, the next start's sweep removes).
     */
    void create(TenantServer server, String name, String verifier) {
        String id = TenantNames.quoted(name);
        Instant made = Instant.now();
        List<Step> steps = List.of(
                new Step("create role", "CREATE ROLE " + id + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION"
                        + " NOBYPASSRLS NOINHERIT CONNECTION LIMIT 20 PASSWORD " + literal(verifier)),
                // the sweep drops only what bears it (LeftoverSweep); it stands for the database too, the role's
                new Step("mark the role as this deployment's", "COMMENT ON ROLE " + id + " IS "
                        + literal(mark.comment(made))),
                // the admin may then create a database owned by the role, and end the role's sessions (PostgreSQL 16+)
                new Step("grant the role to the admin", "GRANT " + id + " TO CURRENT_USER"),
                new Step("create database", "CREATE DATABASE " + id + " OWNER " + id + " ALLOW_CONNECTIONS false"),
                new Step("revoke the database from PUBLIC", "REVOKE ALL ON DATABASE " + id + " FROM PUBLIC"),
                new Step("grant connect to its role", "GRANT CONNECT, TEMPORARY ON DATABASE " + id + " TO " + id),
                new Step("allow connections", "ALTER DATABASE " + id + " ALLOW_CONNECTIONS true"),
                new Step("mark the creation finished", "COMMENT ON ROLE " + id + " IS " + literal(mark.finished(made))));
        String step = "connect";
        try (Connection connection = server.admin().getConnection(); Statement statement = connection.createStatement()) {
            for (Step next : steps) {
                step = next.name();
                observers.forEach(observer -> observer.beforeStep(name, next.name()));
                statement.execute(next.sql());
            }
        }
        catch (SQLException e) {
            log.warn("Creating database {} on tenant server '{}' failed at '{}' ({}: {}); dropping what was made", name,
                    server.name(), step, e.getSQLState(), e.getMessage());
            dropQuietly(server, name);
            throw unavailable("did not complete the creation; nothing was created");
        }
        log.info("Created database {} on tenant server '{}'", name, server.name());
    }

    void changePassword(TenantServer server, String name, String verifier) {
        execute(server, name, "change the password", "ALTER ROLE " + TenantNames.quoted(name) + " PASSWORD " + literal(verifier));
        log.info("Changed the password of role {} on tenant server '{}'", name, server.name());
    }

    /** Ends the database's sessions, drops it, then its role; either may be gone already. */
    void drop(TenantServer server, String name) {
        String id = TenantNames.quoted(name);
        execute(server, name, "drop database", "DROP DATABASE IF EXISTS " + id + " WITH (FORCE)");
        execute(server, name, "drop role", "DROP ROLE IF EXISTS " + id);
        log.info("Dropped database {} and its role on tenant server '{}'", name, server.name());
    }

    /** {@link #drop}, or a warning when the server does not answer: the next start removes what is left. */
    void dropQuietly(TenantServer server, String name) {
        try {
            drop(server, name);
        }
        catch (OutsideServiceException e) {
            log.warn("Could not drop database {} on tenant server '{}'; the next start removes it", name, server.name());
        }
    }

    /**
     * The databases and roles on the server that carry the service's prefix, whether the records know them or not,
     * with the role's mark and whether the role owns the database. Read with schema-qualified names only: the admin's search
     * path is not trusted to find the catalog's own functions first.
     */
    List<TenantOnServer> tenantsOnServer(TenantServer server) {
        List<TenantOnServer> tenants = new ArrayList<>();
        try (Connection connection = server.admin().getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("""
                        SELECT n.name, r.oid IS NOT NULL AS has_role,
                               pg_catalog.shobj_description(r.oid, 'pg_authid') AS mark,
                               d.oid IS NOT NULL AS has_database,
                               d.datdba OPERATOR(pg_catalog.=) r.oid AS owned_by_role
                        FROM (SELECT datname::text AS name FROM pg_catalog.pg_database
                              WHERE pg_catalog.starts_with(datname, '%1$s')
                              UNION SELECT rolname::text FROM pg_catalog.pg_roles
                              WHERE pg_catalog.starts_with(rolname, '%1$s')) n
                        LEFT JOIN pg_catalog.pg_roles r ON r.rolname OPERATOR(pg_catalog.=) n.name
                        LEFT JOIN pg_catalog.pg_database d ON d.datname OPERATOR(pg_catalog.=) n.name"""
                        .formatted(TenantNames.PREFIX))) {
            while (rows.next()) {
                if (TenantNames.isOurs(rows.getString("name"))) {
                    tenants.add(new TenantOnServer(rows.getString("name"), rows.getBoolean("has_role"),
                            rows.getString("mark"), rows.getBoolean("has_database"), rows.getBoolean("owned_by_role")));
                }
            }
        }
        catch (SQLException e) {
            log.warn("Could not list the databases of tenant server '{}' ({}: {})", server.name(), e.getSQLState(), e.getMessage());
            throw unavailable("could not be read");
        }
        return tenants;
    }

    /**
     * Takes {@code CONNECT} from {@code PUBLIC} on the databases that are not users' ({@code postgres}, {@code template1},
     * the admin's own, which in dev and test is the service's): the owner of each keeps it, users' roles have none.
     * An admin that owns none of them cannot; then the operator must, and the log says how.
     */
    void closeToPublic(TenantServer server) {
        try (Connection connection = server.admin().getConnection(); Statement statement = connection.createStatement()) {
            String databases = "ARRAY['postgres', 'template1', current_database()]";
            List<String> names = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("SELECT quote_ident(datname) FROM pg_database WHERE datname = ANY("
                    + databases + ")")) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
            for (String database : names) {
                statement.execute("REVOKE CONNECT, TEMPORARY ON DATABASE " + database + " FROM PUBLIC");
            }
            try (ResultSet open = statement.executeQuery("""
                    SELECT quote_ident(datname) FROM pg_database WHERE datname = ANY(%s) AND datallowconn
                    AND (datacl IS NULL OR EXISTS (SELECT FROM aclexplode(datacl) a WHERE a.grantee = 0 AND a.privilege_type = 'CONNECT'))"""
                    .formatted(databases))) {
                while (open.next()) {
                    log.warn("Any role may connect to database {} of tenant server '{}', users' roles too; its owner should run "
                            + "REVOKE CONNECT ON DATABASE {} FROM PUBLIC", open.getString(1), server.name(), open.getString(1));
                }
            }
        }
        catch (SQLException e) {
            log.warn("Could not close the databases of tenant server '{}' to PUBLIC ({}: {})", server.name(), e.getSQLState(),
                    e.getMessage());
        }
    }

    private void execute(TenantServer server, String name, String step, String sql) {
        try (Connection connection = server.admin().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
        catch (SQLException e) {
            log.warn("Step '{}' failed for database {} on tenant server '{}' ({}: {})", step, name, server.name(),
                    e.getSQLState(), e.getMessage());
            throw unavailable("did not answer");
        }
    }

    private static OutsideServiceException unavailable(String what) {
        return new OutsideServiceException(HttpStatus.SERVICE_UNAVAILABLE, "The database server " + what + "; try again later.");
    }

    private static String literal(String verifier) {
        return "'" + verifier.replace("'", "''") + "'";
    }

    private record Step(String name, String sql) {
    }
}
