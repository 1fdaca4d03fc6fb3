package dev.exemplar.databases;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
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
 * The tenant servers and their admin pools. A pool is the service's own even when the
 * tenant server is the service's own PostgreSQL (dev, test): a slow tenant server then
 * ties up the admin pool only, never the connections the service's other endpoints need.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ DatabasesProperties.class, TenantBounds.class })
@EnableScheduling // IdempotencyKeyPurge, SizeCheck
class DatabasesConfiguration {

	private static final Logger log = LoggerFactory.getLogger(DatabasesConfiguration.class);

	@Bean
	ServerListPlacement placement(DatabasesProperties properties, JdbcConnectionDetails serviceDatabase,
			TenantRoom room) {
		List<TenantServer> servers = new ArrayList<>();
		try {
			for (DatabasesProperties.Server server : properties.serverList()) {
				servers.add(tenantServer(server, properties.publicSslmode(), serviceDatabase));
			}
		}
		catch (RuntimeException e) {
			servers.forEach(made -> ((HikariDataSource) made.admin()).close());
			throw e;
		}
		return new ServerListPlacement(servers, room);
	}

	/**
	 * A server of the list, with an admin pool of its own; an admin URL that is null: the
	 * service's own server.
	 */
	private static TenantServer tenantServer(DatabasesProperties.Server server, String sslmode,
			JdbcConnectionDetails serviceDatabase) {
		boolean own = server.adminUrl() == null;
		String url = own ? serviceDatabase.getJdbcUrl() : server.adminUrl();
		Properties parsed = Driver.parseURL(url, new Properties());
		if (parsed == null) {
			throw new IllegalStateException("The admin URL of tenant server '" + server.name()
					+ "' (DATABASES_ADMIN_URL or exemplar.databases.servers[].admin-url) is not a PostgreSQL JDBC URL"
					+ " (jdbc:postgresql://host:port/database)");
		}
		String host = server.publicHost() == null || server.publicHost().isBlank()
				? parsed.getProperty("PGHOST").split(",")[0] : server.publicHost();
		int port = server.publicPort() != null ? server.publicPort()
				: Integer.parseInt(parsed.getProperty("PGPORT", "5432").split(",")[0]);
		HikariDataSource admin = adminPool("tenant-" + server.name(), url,
				own ? serviceDatabase.getUsername() : server.adminUsername(),
				own ? serviceDatabase.getPassword() : server.adminPassword());
		log.info("Users' databases on tenant server '{}' ({}), given to clients as {}:{}, holding at most {}",
				server.name(), own ? "the service's own PostgreSQL server, DATABASES_ADMIN_URL unset"
						// not the URL: it may carry a password
						: "administered at " + parsed.getProperty("PGHOST") + ":"
								+ parsed.getProperty("PGPORT", "5432"),
				host, port, server.capacity() == null ? "DATABASES_SERVER_CAPACITY" : server.capacity());
		return new TenantServer(server.name(), admin, host, port, sslmode, server.capacity());
	}

	/**
	 * A statement of the admin's waits this long for a lock another holds on the tenant
	 * server, then answers 503.
	 */
	static final String LOCK_TIMEOUT = "5s";

	/**
	 * ...and runs this long at most: less than the socket timeout (30 s), so the server
	 * ends it, not the client.
	 */
	static final String STATEMENT_TIMEOUT = "25s";

	/**
	 * The pool of a tenant server's admin role: a few connections, quick to give up,
	 * searching pg_catalog only.
	 */
	static HikariDataSource adminPool(String name, String url, String username, String password) {
		HikariDataSource admin = new HikariDataSource();
		admin.setPoolName(name);
		admin.setJdbcUrl(url);
		admin.setUsername(username);
		admin.setPassword(password);
		admin.setMaximumPoolSize(4);
		admin.setMinimumIdle(0);
		admin.setConnectionTimeout(2_000);
		admin.addDataSourceProperty("connectTimeout", "2");
		admin.addDataSourceProperty("socketTimeout", "30");
		admin.addDataSourceProperty("ApplicationName", "exemplar-databases");
		admin.addDataSourceProperty("options",
				"-c lock_timeout=" + LOCK_TIMEOUT + " -c statement_timeout=" + STATEMENT_TIMEOUT);
		// the admin is a member of every user's role: no function a user planted in a
		// schema may resolve for it
		admin.setConnectionInitSql("SET search_path = pg_catalog");
		return admin;
	}

	/**
	 * DATABASES_DEPLOYMENT_ID, or, unset, an id of the service's own database (a digest
	 * of its host, port and name, which tells nothing about them to the tenants who may
	 * read it): the same for every instance of a deployment and every start, another for
	 * another deployment with a database of its own.
	 */
	@Bean
	DeploymentMark deploymentMark(DatabasesProperties properties, JdbcConnectionDetails serviceDatabase)
			throws NoSuchAlgorithmException {
		boolean set = properties.deploymentId() != null && !properties.deploymentId().isBlank();
		String id = set ? properties.deploymentId() : ofDatabase(serviceDatabase.getJdbcUrl());
		log.info("Roles made on tenant servers are marked as deployment '{}' ({})", id,
				set ? "DATABASES_DEPLOYMENT_ID" : "of the service's database; DATABASES_DEPLOYMENT_ID unset");
		return new DeploymentMark(id);
	}

	private static String ofDatabase(String jdbcUrl) throws NoSuchAlgorithmException {
		Properties url = Driver.parseURL(jdbcUrl, new Properties());
		String database = url == null ? jdbcUrl : url.getProperty("PGHOST") + ":" + url.getProperty("PGPORT", "5432")
				+ "/" + url.getProperty("PGDBNAME");
		byte[] digest = MessageDigest.getInstance("SHA-256").digest(database.getBytes(StandardCharsets.UTF_8));
		return HexFormat.of().formatHex(digest, 0, 6);
	}

}
