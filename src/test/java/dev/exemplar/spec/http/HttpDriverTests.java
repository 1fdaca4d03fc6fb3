package dev.exemplar.spec.http;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;

import dev.exemplar.spec.reading.SourceLine;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A deployed service's real token goes out where the spec writes its stand-in, and what
 * the engine keeps of the exchange (for pages, failures, logs) shows the stand-in only.
 */
class HttpDriverTests {

	@Test
	void theRealValueIsSentAndTheStandInShown() throws IOException, InterruptedException {
		List<String> received = new ArrayList<>();
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/", exchange -> {
			received.add(exchange.getRequestHeaders().getFirst("Authorization"));
			exchange.sendResponseHeaders(204, -1);
			exchange.close();
		});
		server.start();
		try {
			HttpDriver http = new HttpDriver(URI.create("http://127.0.0.1:" + server.getAddress().getPort()),
					Optional.empty())
				.withRealValues(Map.of("user-1-token", "a-real-secret"));

			HttpExchange exchange = http.send(HttpRequestText.parse("""
					GET /scores
					Authorization: Bearer user-1-token
					""", new SourceLine("spec.adoc", 1)));

			assertThat(received).containsExactly("Bearer a-real-secret");
			assertThat(exchange.requestHeaders().firstValue("Authorization")).contains("Bearer user-1-token");
			assertThat(exchange.toString()).doesNotContain("a-real-secret");
		}
		finally {
			server.stop(0);
		}
	}

}
