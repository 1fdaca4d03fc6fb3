package dev.exemplar.databases;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Databases on demand (guides/databases-on-demand.adoc): how many a user may have
 * (DATABASES_QUOTA); the tenant server's admin connection (DATABASES_ADMIN_URL,
 * DATABASES_ADMIN_USERNAME, DATABASES_ADMIN_PASSWORD; unset: the service's own PostgreSQL
 * server, as under dev and test) and what clients are told to connect to
 * (DATABASES_PUBLIC_HOST, DATABASES_PUBLIC_PORT; unset: the admin URL's host and port),
 * with the {@code sslmode} a server that requires TLS wants (DATABASES_PUBLIC_SSLMODE;
 * unset: none in the URLs); how long an Idempotency-Key stays spent
 * (DATABASES_IDEMPOTENCY_WINDOW); which deployment's mark the roles it makes bear
 * (DATABASES_DEPLOYMENT_ID; unset: an id of the service's own database). Several tenant
 * servers are a list, {@code servers[0]...} (environment:
 * EXEMPLAR_DATABASES_SERVERS_0_ADMINURL...); with none listed, the single server's
 * settings make a list of one.
 */
@ConfigurationProperties("exemplar.databases")
record DatabasesProperties(@DefaultValue("3") int quota, @DefaultValue("main") String serverName, String adminUrl,
		String adminUsername, String adminPassword, String publicHost, Integer publicPort, String publicSslmode,
		@DefaultValue("24h") Duration idempotencyWindow, String deploymentId, List<Server> servers) {

	private static final Set<String> SSLMODES = Set.of("disable", "allow", "prefer", "require", "verify-ca",
			"verify-full");

	DatabasesProperties {
		publicSslmode = publicSslmode == null || publicSslmode.isBlank() ? null : publicSslmode;
		if (publicSslmode != null && !SSLMODES.contains(publicSslmode)) {
			throw new IllegalArgumentException("DATABASES_PUBLIC_SSLMODE must be one of " + new TreeSet<>(SSLMODES)
					+ ", got '" + publicSslmode + "'");
		}
		servers = servers == null ? List.of() : List.copyOf(servers);
		Set<String> names = new HashSet<>();
		for (int i = 0; i < servers.size(); i++) {
			Server server = servers.get(i);
			if (server.name() == null || server.name().isBlank() || server.adminUrl() == null
					|| server.adminUrl().isBlank()) {
				throw new IllegalArgumentException(
						"exemplar.databases.servers[" + i + "] needs a name and an admin-url");
			}
			if (!names.add(server.name())) {
				throw new IllegalArgumentException("exemplar.databases.servers: the name '" + server.name()
						+ "' is given to two servers; each needs its own (the records keep a database's server by it)");
			}
			if (server.capacity() != null && server.capacity() < 1) {
				throw new IllegalArgumentException("exemplar.databases.servers[" + i + "].capacity must be at least 1");
			}
		}
	}

	/**
	 * A tenant server of the list: its admin connection, what clients are told (unset:
	 * the admin URL's host and port), and how many databases it may hold (unset:
	 * DATABASES_SERVER_CAPACITY).
	 */
	record Server(String name, String adminUrl, String adminUsername, String adminPassword, String publicHost,
			Integer publicPort, Integer capacity) {

		/** Never the admin's password (as {@link DatabasesProperties#toString}). */
		@Override
		public String toString() {
			return "Server[name=" + name + ", adminUrl=" + adminUrl + ", adminUsername=" + adminUsername
					+ ", adminPassword=" + (adminPassword == null ? null : "******") + ", publicHost=" + publicHost
					+ ", publicPort=" + publicPort + ", capacity=" + capacity + "]";
		}
	}

	/**
	 * The servers listed, or else the single server's settings as a list of one (an admin
	 * URL that is null: the service's own PostgreSQL server).
	 */
	List<Server> serverList() {
		if (!servers.isEmpty()) {
			return servers;
		}
		return List.of(new Server(serverName, adminConfigured() ? adminUrl : null, adminUsername, adminPassword,
				publicHost, publicPort, null));
	}

	/**
	 * Never the admin's password: a record's own toString would print it wherever the
	 * settings are logged.
	 */
	@Override
	public String toString() {
		return "DatabasesProperties[quota=" + quota + ", serverName=" + serverName + ", adminUrl=" + adminUrl
				+ ", adminUsername=" + adminUsername + ", adminPassword=" + (adminPassword == null ? null : "******")
				+ ", publicHost=" + publicHost + ", publicPort=" + publicPort + ", publicSslmode=" + publicSslmode
				+ ", idempotencyWindow=" + idempotencyWindow + ", deploymentId=" + deploymentId + ", servers=" + servers
				+ "]";
	}

	boolean adminConfigured() {
		return adminUrl != null && !adminUrl.isBlank();
	}
}
