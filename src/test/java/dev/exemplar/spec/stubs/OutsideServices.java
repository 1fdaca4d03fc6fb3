package dev.exemplar.spec.stubs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ThreadLocalRandom;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.NearMiss;

import dev.exemplar.spec.http.ContractValidator;
import dev.exemplar.spec.http.HttpRequestText;
import dev.exemplar.spec.matching.ExpectationText;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * The stand-ins for the outside services of one run: a WireMock server each, on 127.0.0.1
 * and a free port, started while the service starts (pointed at them by
 * {@link #properties()}) and reset before every example. A run against a deployed service
 * has none ({@link #NONE}): its examples with stubs are skipped.
 */
public final class OutsideServices implements AutoCloseable {

	public static final OutsideServices NONE = new OutsideServices(Map.of(),
			CompletableFuture.completedFuture(Map.of()), false);

	private static final String OFF_CONTRACT = "offContract";

	private static final Path EPHEMERAL_PORTS = Path.of("/proc/sys/net/ipv4/ip_local_port_range");

	private final Map<String, String> properties;

	private final CompletableFuture<Map<String, StandIn>> starting;

	private final boolean running;

	private OutsideServices(Map<String, String> properties, CompletableFuture<Map<String, StandIn>> starting,
			boolean running) {
		this.properties = properties;
		this.starting = starting;
		this.running = running;
	}

	/**
	 * No stand-in, for a run whose specs state nothing an outside service answers
	 * (WireMock's start costs a second of a cold JVM): the service is pointed at ports
	 * nothing listens on, so that it never reaches a real outside service, and a call it
	 * makes all the same is refused.
	 */
	public static OutsideServices unreachable(List<OutsideService> services) throws IOException {
		Map<String, String> properties = new LinkedHashMap<>();
		for (OutsideService service : services) {
			properties.putIfAbsent(service.property(), "http://localhost:" + freePort());
		}
		return new OutsideServices(properties, CompletableFuture.completedFuture(Map.of()), false);
	}

	/**
	 * Starts a stand-in for each, all at once and in the background, on a port chosen
	 * now: the service can be pointed at them ({@link #properties()}) and start meanwhile
	 * (both take a second or more of a cold JVM). The first use of a stand-in waits until
	 * all have started; a stand-in that could not start fails it. None is started (and
	 * nothing costs) when the service names no outside service.
	 */
	public static OutsideServices start(List<OutsideService> services) throws IOException {
		Map<String, String> properties = new LinkedHashMap<>();
		List<CompletableFuture<StandIn>> started = new ArrayList<>();
		for (OutsideService service : services) {
			int port = freePort();
			properties.putIfAbsent(service.property(), "http://localhost:" + port);
			started.add(CompletableFuture.supplyAsync(() -> start(service, port), runnable -> {
				Thread thread = new Thread(runnable, "stand-in-" + service.name());
				thread.setDaemon(true);
				thread.start();
			}));
		}
		CompletableFuture<Map<String, StandIn>> all = CompletableFuture.allOf(started.toArray(CompletableFuture[]::new))
			.handle((done, failure) -> {
				if (failure != null) {
					started.stream()
						.filter(one -> !one.isCompletedExceptionally())
						.forEach(one -> one.join().server().stop());
					throw new IllegalStateException(
							"The stand-ins for the outside services did not start: " + failure.getMessage(), failure);
				}
				Map<String, StandIn> standIns = new LinkedHashMap<>();
				started.forEach(one -> standIns.put(one.join().service().name(), one.join()));
				return standIns;
			});
		return new OutsideServices(properties, all, !properties.isEmpty());
	}

	/**
	 * A port nothing listens on now, for a stand-in about to start on it. Chosen below
	 * the kernel's range of ephemeral ports where it can tell it (Linux), so that no
	 * socket the service or the database opens meanwhile (their client connections take
	 * ephemeral ports) can take it first; otherwise, one the kernel gives.
	 */
	private static int freePort() throws IOException {
		int ephemeralFrom = firstEphemeralPort();
		for (int attempt = 0; attempt < 20 && ephemeralFrom > 11_000; attempt++) {
			int port = ThreadLocalRandom.current().nextInt(10_000, ephemeralFrom);
			try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
				return socket.getLocalPort();
			}
			catch (IOException taken) {
				// another one
			}
		}
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	/** The first port of Linux's ephemeral range; 0 where there is none to read. */
	private static int firstEphemeralPort() {
		try {
			return Integer.parseInt(Files.readString(EPHEMERAL_PORTS).strip().split("\\s+")[0]);
		}
		catch (IOException | RuntimeException e) {
			return 0;
		}
	}

	private static StandIn start(OutsideService service, int port) {
		WireMockServer server = new WireMockServer(options().bindAddress("127.0.0.1").port(port).containerThreads(8));
		server.start();
		try {
			warmUp(server);
			Optional<ContractValidator> contract = service.contract().isEmpty() ? Optional.empty()
					: Optional.of(new ContractValidator(service.contract().get().toString(),
							Files.readString(service.contract().get())));
			return new StandIn(service, server, contract);
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

	/**
	 * Whether this run has stand-ins (not against a deployed service, nor when no spec of
	 * the run needs them).
	 */
	public boolean running() {
		return running;
	}

	/**
	 * For each outside service, the property that points the service at it and its
	 * stand-in's URL.
	 */
	public Map<String, String> properties() {
		return properties;
	}

	/** The stand-ins, once all have started. */
	private Map<String, StandIn> standIns() {
		try {
			return starting.join();
		}
		catch (CompletionException e) {
			throw e.getCause() instanceof RuntimeException cause ? cause : e;
		}
	}

	/** Forgets every stub and every call: each example starts from none. */
	public void reset() {
		standIns().values().forEach(standIn -> standIn.server().resetAll());
	}

	/**
	 * Answers the request with the answer (or, without one, drops the connection).
	 * @param offContract the answer breaks the outside service's contract on purpose (to
	 * show what the service does when the outside service changes): it is not checked
	 * against it
	 * @throws IllegalArgumentException when the service names no such outside service
	 */
	public void stub(StubTitle title, HttpRequestText request, Optional<ExpectationText> answer, boolean offContract) {
		MappingBuilder mapping = StubRequest.mapping(request);
		if (offContract) {
			mapping.withMetadata(Map.of(OFF_CONTRACT, true));
		}
		ResponseDefinitionBuilder response = WireMock.aResponse();
		if (answer.isEmpty()) {
			response.withFault(Fault.CONNECTION_RESET_BY_PEER);
		}
		else {
			ExpectationText text = answer.get();
			response.withStatus(text.status() == null ? 200 : text.status());
			boolean typed = text.headers()
				.stream()
				.anyMatch(header -> header.getKey().equalsIgnoreCase("Content-Type"));
			text.headers().forEach(header -> response.withHeader(header.getKey(), header.getValue()));
			if (text.body() != null) {
				if (!typed && (text.body().startsWith("{") || text.body().startsWith("["))) {
					response.withHeader("Content-Type", "application/json");
				}
				response.withBody(text.body());
			}
		}
		if (!title.delay().isZero()) {
			response.withFixedDelay((int) title.delay().toMillis());
		}
		standIn(title.service()).server().stubFor(mapping.willReturn(response));
	}

	/** How many calls the outside service got that match the request. */
	public int count(String service, HttpRequestText request) {
		return standIn(service).server().countRequestsMatching(StubRequest.pattern(request)).getCount();
	}

	/**
	 * Every call the service made since the last reset, oldest first, across the outside
	 * services.
	 */
	/** How many calls the outside services got since the last reset. */
	public int callCount() {
		return standIns().values().stream().mapToInt(standIn -> standIn.server().getAllServeEvents().size()).sum();
	}

	public List<OutsideCall> calls() {
		List<OutsideCall> calls = new ArrayList<>();
		for (StandIn standIn : standIns().values()) {
			for (ServeEvent event : standIn.server().getAllServeEvents()) {
				calls.add(call(standIn.service().name(), event));
			}
		}
		calls.sort(Comparator.comparing(OutsideCall::at));
		return calls;
	}

	/**
	 * What went wrong outside since the last reset, one problem each: a call no stub
	 * answered, with the closest stub and their difference (WireMock's near miss), and a
	 * call or stubbed answer that breaks the outside service's contract.
	 */
	public List<String> problems() {
		List<String> problems = new ArrayList<>();
		for (StandIn standIn : standIns().values()) {
			String name = standIn.service().name();
			for (NearMiss miss : standIn.server().findNearMissesForAllUnmatchedRequests()) {
				problems.add(
						"the " + name + " was asked " + miss.getRequest().getMethod() + " " + miss.getRequest().getUrl()
								+ ", which no stub answers; the closest stub differs so:\n" + miss.getDiff());
			}
			List<ServeEvent> events = standIn.server().getAllServeEvents();
			for (ServeEvent event : events) {
				if (!event.getWasMatched() && standIn.server().findNearMissesFor(event.getRequest()).isEmpty()) {
					problems.add("the " + name + " was asked " + event.getRequest().getMethod() + " "
							+ event.getRequest().getUrl()
							+ ", and this example states no stub for it: add a 'Given the " + name
							+ " answers' listing");
				}
			}
			standIn.contract()
				.ifPresent(contract -> events.stream().filter(OutsideServices::keepsContract).forEach(event -> {
					OutsideCall call = call(name, event);
					if (call.status() != 0) {
						List<String> violations = contract.violations(call.asExchange());
						if (!violations.isEmpty()) {
							problems.add("the call to the " + name + " and its stubbed answer break its contract ("
									+ contract.location() + "):\n" + String.join("\n", violations) + "\n\n"
									+ call.describe());
						}
					}
				}));
		}
		return problems;
	}

	private static boolean keepsContract(ServeEvent event) {
		return event.getWasMatched() && (event.getStubMapping().getMetadata() == null
				|| !event.getStubMapping().getMetadata().containsKey(OFF_CONTRACT));
	}

	private StandIn standIn(String service) {
		StandIn standIn = standIns().get(service);
		if (standIn == null) {
			throw new IllegalArgumentException("the service names no outside service '" + service + "'"
					+ (standIns().isEmpty() ? "" : "; it names " + String.join(", ", standIns().keySet())));
		}
		return standIn;
	}

	private static OutsideCall call(String service, ServeEvent event) {
		var request = event.getRequest();
		var response = event.getResponse();
		boolean dropped = response == null || response.getFault() != null;
		return new OutsideCall(service, request.getLoggedDate().toInstant(), request.getMethod().getName(),
				request.getUrl(), headers(request.getHeaders()),
				request.getBodyAsString().isEmpty() ? null : request.getBodyAsString(),
				dropped ? 0 : response.getStatus(),
				dropped ? HttpHeaders.of(Map.of(), (a, b) -> true) : headers(response.getHeaders()),
				dropped ? null : response.getBodyAsString(), event.getWasMatched());
	}

	private static HttpHeaders headers(com.github.tomakehurst.wiremock.http.HttpHeaders headers) {
		Map<String, List<String>> map = new LinkedHashMap<>();
		if (headers != null) {
			for (HttpHeader header : headers.all()) {
				map.put(header.key(), header.values());
			}
		}
		return HttpHeaders.of(map, (a, b) -> true);
	}

	@Override
	public void close() {
		starting.thenAccept(standIns -> standIns.values().forEach(standIn -> standIn.server().stop()))
			.exceptionally(failure -> null)
			.join();
	}

	private record StandIn(OutsideService service, WireMockServer server, Optional<ContractValidator> contract) {
	}

}
