package dev.exemplar.spec.http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sends a spec's requests to the service over real HTTP, each with a fresh request id (in
 * the configured header, if any), by which the service's log is found.
 */
public final class HttpDriver {

	/**
	 * Set by the HTTP client itself; a spec writing them would only make the request
	 * fail.
	 */
	private static final Set<String> RESTRICTED = Set.of("connection", "content-length", "host", "expect", "upgrade");

	private final HttpClient client;

	private final URI baseUrl;

	private final Optional<String> requestIdHeader;

	private final AtomicLong sequence;

	/**
	 * Sent on every request, whatever the spec says: the spec's database, when it has one
	 * of its own.
	 */
	private final Map<String, String> fixedHeaders;

	/**
	 * The real values sent in place of the spec's stand-ins in header values (a deployed
	 * service's tokens), by stand-in; the exchange shows the stand-ins.
	 */
	private final Map<String, String> realValues;

	public HttpDriver(URI baseUrl, Optional<String> requestIdHeader) {
		this(HttpClient.newBuilder()
			.connectTimeout(Duration.ofSeconds(10))
			.followRedirects(HttpClient.Redirect.NEVER)
			.build(), baseUrl, requestIdHeader, new AtomicLong(), Map.of(), Map.of());
	}

	private HttpDriver(HttpClient client, URI baseUrl, Optional<String> requestIdHeader, AtomicLong sequence,
			Map<String, String> fixedHeaders, Map<String, String> realValues) {
		this.client = client;
		this.baseUrl = baseUrl;
		this.requestIdHeader = requestIdHeader;
		this.sequence = sequence;
		this.fixedHeaders = fixedHeaders;
		this.realValues = realValues;
	}

	/**
	 * This driver (its client, its request ids), sending this header too on every
	 * request.
	 */
	public HttpDriver withHeader(String name, String value) {
		Map<String, String> headers = new LinkedHashMap<>(fixedHeaders);
		headers.put(name, value);
		return new HttpDriver(client, baseUrl, requestIdHeader, sequence, Map.copyOf(headers), realValues);
	}

	/**
	 * This driver, sending in header values these real values in place of the stand-ins
	 * the specs write (by stand-in), and reporting the stand-ins.
	 */
	public HttpDriver withRealValues(Map<String, String> realByStandIn) {
		return new HttpDriver(client, baseUrl, requestIdHeader, sequence, fixedHeaders, Map.copyOf(realByStandIn));
	}

	/** The stand-ins this driver sends real values for. */
	public Set<String> standIns() {
		return realValues.keySet();
	}

	public URI baseUrl() {
		return baseUrl;
	}

	public HttpExchange send(HttpRequestText request) throws IOException, InterruptedException {
		// a spec that writes the request-id header sends its own (to show what the
		// service does with it)
		Optional<String> written = requestIdHeader.flatMap(header -> request.headers()
			.stream()
			.filter(given -> given.getKey().equalsIgnoreCase(header))
			.map(Map.Entry::getValue)
			.findFirst());
		String requestId = written
			.orElseGet(() -> "spec-" + ProcessHandle.current().pid() + "-" + sequence.incrementAndGet());
		HttpRequest.Builder builder = HttpRequest.newBuilder(resolve(request.target()))
			.timeout(Duration.ofSeconds(30))
			.method(request.method(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofString(request.body()));
		requestIdHeader.ifPresent(header -> builder.header(header, requestId));
		for (Map.Entry<String, String> header : request.headers()) {
			if (!RESTRICTED.contains(header.getKey().toLowerCase()) && !fixedHeaders.containsKey(header.getKey())
					&& !requestIdHeader.filter(header.getKey()::equalsIgnoreCase).isPresent()) {
				builder.header(header.getKey(), swap(header.getValue(), realValues, false));
			}
		}
		fixedHeaders.forEach(builder::header);
		HttpRequest sent = builder.build();
		HttpResponse<String> response = client.send(sent, HttpResponse.BodyHandlers.ofString());
		return new HttpExchange(requestId, request.method(), request.target(), shownHeaders(sent.headers()),
				request.body(), response.statusCode(), response.headers(), response.body());
	}

	/** The headers sent, each real value shown as its stand-in. */
	private HttpHeaders shownHeaders(HttpHeaders sent) {
		if (realValues.isEmpty()) {
			return sent;
		}
		Map<String, List<String>> shown = new LinkedHashMap<>();
		sent.map()
			.forEach((name, values) -> shown.put(name,
					values.stream().map(value -> swap(value, realValues, true)).toList()));
		return HttpHeaders.of(shown, (name, value) -> true);
	}

	private static String swap(String value, Map<String, String> realByStandIn, boolean back) {
		String swapped = value;
		for (Map.Entry<String, String> pair : realByStandIn.entrySet()) {
			swapped = back ? swapped.replace(pair.getValue(), pair.getKey())
					: swapped.replace(pair.getKey(), pair.getValue());
		}
		return swapped;
	}

	/**
	 * Whether a request to this target goes to the service under test: a path does; an
	 * absolute URL (a captured Location, say) only when it names the service's own
	 * scheme, host and port.
	 */
	public boolean isTheService(String target) {
		if (!isAbsolute(target)) {
			return true;
		}
		URI uri;
		try {
			uri = URI.create(target);
		}
		catch (IllegalArgumentException e) {
			return false;
		}
		return uri.getHost() != null && baseUrl.getScheme().equalsIgnoreCase(uri.getScheme())
				&& baseUrl.getHost().equalsIgnoreCase(uri.getHost()) && port(baseUrl) == port(uri);
	}

	/**
	 * Paths are the service's; an absolute URL is used as it is, and never one that leads
	 * elsewhere.
	 */
	private URI resolve(String target) {
		if (!isTheService(target)) {
			throw new IllegalArgumentException(target + " is not a URL of the service under test (" + baseUrl + ")");
		}
		if (isAbsolute(target)) {
			return URI.create(target);
		}
		String base = baseUrl.toString().replaceAll("/+$", "");
		return URI.create(base + (target.startsWith("/") ? target : "/" + target));
	}

	/**
	 * The target as a path on the service under test: without the scheme and the host an
	 * absolute URL names.
	 */
	public static String pathOf(String target) {
		return target.replaceFirst("^(?i)https?://[^/]*", "");
	}

	private static boolean isAbsolute(String target) {
		return target.startsWith("http://") || target.startsWith("https://");
	}

	private static int port(URI uri) {
		return uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
	}

	/** Fetches a document of the service itself, e.g. its contract. */
	public String get(String path) throws IOException, InterruptedException {
		HttpResponse<String> response = client.send(HttpRequest.newBuilder(resolve(path)).build(),
				HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IOException("GET " + path + " answered " + response.statusCode());
		}
		return response.body();
	}

}
