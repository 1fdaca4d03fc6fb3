package dev.exemplar.databases;

import java.util.Properties;

import com.zaxxer.hikari.HikariDataSource;
import org.postgresql.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The tenant server and its admin pool. The pool is the service's own even when the tenant server is the service's own
 * PostgreSQL (dev, test): a creation holds a connection of the service's pool while it works on the tenant server, so
 * sharing one pool could starve it.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabasesProperties.class)
@EnableScheduling // IdempotencyKeyPurge
class DatabasesConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabasesConfiguration.class);

    @Bean
    SingleServerPlacement placement(DatabasesProperties properties, JdbcConnectionDetails serviceDatabase) {
        boolean own = !properties.adminConfigured();
        String url = own ? serviceDatabase.getJdbcUrl() : properties.adminUrl();
        Properties parsed = Driver.parseURL(url, new Properties());
        if (parsed == null) {
            throw new IllegalStateException("DATABASES_ADMIN_URL is not a PostgreSQL JDBC URL (jdbc:postgresql://host:port/database)");
        }
        HikariDataSource admin = new HikariDataSource();
        admin.setPoolName("tenant-" + properties.serverName());
        admin.setJdbcUrl(url);
        admin.setUsername(own ? serviceDatabase.getUsername() : properties.adminUsername());
        admin.setPassword(own ? serviceDatabase.getPassword() : properties.adminPassword());
        admin.setMaximumPoolSize(4);
        admin.setMinimumIdle(0);
        admin.setConnectionTimeout(2_000);
        admin.addDataSourceProperty("connectTimeout", "2");
        admin.addDataSourceProperty("socketTimeout", "30");
        admin.addDataSourceProperty("ApplicationName", "exemplar-databases");
        String host = properties.publicHost() == null || properties.publicHost().isBlank()
                ? parsed.getProperty("PGHOST").split(",")[0] : properties.publicHost();
        int port = properties.publicPort() != null ? properties.publicPort()
                : Integer.parseInt(parsed.getProperty("PGPORT", "5432").split(",")[0]);
        log.info("Users' databases on tenant server '{}' ({}), given to clients as {}:{}", properties.serverName(),
                own ? "the service's own PostgreSQL server, DATABASES_ADMIN_URL unset" : "DATABASES_ADMIN_URL", host, port);
        return new SingleServerPlacement(new TenantServer(properties.serverName(), admin, host, port));
    }
}
