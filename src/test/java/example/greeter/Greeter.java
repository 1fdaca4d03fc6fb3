package example.greeter;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A tiny service that is not Exemplar — the JDK's HTTP server and two JSON resources — to
 * show the spec engine adopted by another service. It keeps its own log per trace id, the
 * header its callers tag requests with.
 */
final class Greeter implements AutoCloseable {

	static final String TRACE_HEADER = "Trace-Id";

	private static final Map<String, String> GREETINGS = Map.of("1", "hello", "2", "bonjour");

	private final HttpServer server;

	private final Map<String, List<String>> logByTrace = new ConcurrentHashMap<>();

	Greeter() throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/greetings", this::greetings);
		server.start();
	}

	URI baseUrl() {
		return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
	}

	List<String> logFor(String trace) {
		return logByTrace.getOrDefault(trace, List.of());
	}

	private void greetings(HttpExchange exchange) throws IOException {
		String path = exchange.getRequestURI().getPath();
		String id = path.replaceFirst("^/greetings/?", "");
		if (id.isEmpty()) {
			answer(exchange, 200, "application/json",
					"[{\"id\": 1, \"text\": \"hello\"}, {\"id\": 2, \"text\": \"bonjour\"}]");
		}
		else if (GREETINGS.containsKey(id)) {
			answer(exchange, 200, "application/json", "{\"id\": " + id + ", \"text\": \"" + GREETINGS.get(id) + "\"}");
		}
		else {
			answer(exchange, 404, "application/problem+json",
					"{\"status\": 404, \"detail\": \"There is no greeting " + id + ".\"}");
		}
	}

	private void answer(HttpExchange exchange, int status, String contentType, String body) throws IOException {
		String trace = exchange.getRequestHeaders().getFirst(TRACE_HEADER);
		if (trace != null) {
			logByTrace.computeIfAbsent(trace, t -> new CopyOnWriteArrayList<>())
				.add("INFO greeter : " + exchange.getRequestMethod() + " " + exchange.getRequestURI() + " answered "
						+ status);
		}
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", contentType);
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	@Override
	public void close() {
		server.stop(0);
	}

}
