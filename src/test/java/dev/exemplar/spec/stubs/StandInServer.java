package dev.exemplar.spec.stubs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.Optional;

import com.github.tomakehurst.wiremock.WireMockServer;

import dev.exemplar.spec.http.ContractValidator;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * The WireMock server that stands in for one outside service, on 127.0.0.1, with the
 * outside service's contract when it has one.
 */
record StandInServer(OutsideService service, WireMockServer server, Optional<ContractValidator> contract) {

	/** Starts it on the port, warmed up; it stops again when it cannot start whole. */
	static StandInServer start(OutsideService service, int port) {
		WireMockServer server = new WireMockServer(options().bindAddress("127.0.0.1").port(port).containerThreads(8));
		server.start();
		try {
			warmUp(server);
			Optional<ContractValidator> contract = service.contract().isEmpty() ? Optional.empty()
					: Optional.of(new ContractValidator(service.contract().get().toString(),
							Files.readString(service.contract().get())));
			return new StandInServer(service, server, contract);
		}
		catch (IOException e) {
			server.stop();
			throw new UncheckedIOException(e);
		}
		catch (RuntimeException e) {
			server.stop();
			throw e;
		}
	}

	/**
	 * One call no stub answers, forgotten at once: WireMock's first answer costs it a
	 * second or more of a cold JVM, which a service that waits 2 s for an outside service
	 * must not pay within an example.
	 */
	private static void warmUp(WireMockServer server) throws IOException {
		try {
			HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/warm-up")).build(),
						HttpResponse.BodyHandlers.discarding());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		server.resetAll();
	}

	String name() {
		return service.name();
	}

}
