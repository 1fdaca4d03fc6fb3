package dev.exemplar.testsupport;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;

import dev.exemplar.ExemplarApplication;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The service started on a random port with its datasource pointing where no PostgreSQL
 * listens (Flyway is off, or the start would fail): for what happens when the database is
 * gone, which no spec can show.
 */
public final class ServiceWithoutDatabase implements AutoCloseable {

	private final int databasePort;

	private final ConfigurableApplicationContext context;

	public ServiceWithoutDatabase() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			databasePort = socket.getLocalPort();
		}
		context = SpringApplication.run(ExemplarApplication.class, "--server.port=0", "--spring.flyway.enabled=false",
				"--spring.datasource.url=jdbc:postgresql://localhost:" + databasePort + "/gone");
	}

	public URI baseUrl() {
		return URI.create("http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort());
	}

	/** The port the service looks for its database on, where nothing listens. */
	public int databasePort() {
		return databasePort;
	}

	@Override
	public void close() {
		context.close();
	}

}
