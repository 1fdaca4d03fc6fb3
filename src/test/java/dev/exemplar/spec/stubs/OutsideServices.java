package dev.exemplar.spec.stubs;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The stand-ins for the outside services of one run: a WireMock server each
 * ({@link StandInServer}), on 127.0.0.1 and a free port ({@link StandInPorts}), started
 * while the service starts (pointed at them by {@link #properties()}) and reset before
 * every example. A run against a deployed service has none ({@link #NONE}): its examples
 * with stubs are skipped. What they answer is set by {@link #stubs()}; what they were
 * asked is checked by {@link #checks()}.
 */
public final class OutsideServices implements AutoCloseable {

	public static final OutsideServices NONE = new OutsideServices(Map.of(),
			CompletableFuture.completedFuture(Map.of()), false);

	private final Map<String, String> properties;

	private final CompletableFuture<Map<String, StandInServer>> starting;

	private final boolean running;

	private final OutsideStubs stubs = new OutsideStubs(this);

	private final OutsideCallChecks checks = new OutsideCallChecks(this);

	private OutsideServices(Map<String, String> properties, CompletableFuture<Map<String, StandInServer>> starting,
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
			properties.putIfAbsent(service.property(), "http://localhost:" + StandInPorts.free());
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
		List<CompletableFuture<StandInServer>> started = new ArrayList<>();
		for (OutsideService service : services) {
			int port = StandInPorts.free();
			properties.putIfAbsent(service.property(), "http://localhost:" + port);
			started.add(CompletableFuture.supplyAsync(() -> StandInServer.start(service, port), runnable -> {
				Thread thread = new Thread(runnable, "stand-in-" + service.name());
				thread.setDaemon(true);
				thread.start();
			}));
		}
		CompletableFuture<Map<String, StandInServer>> all = CompletableFuture
			.allOf(started.toArray(CompletableFuture[]::new))
			.handle((done, failure) -> {
				if (failure != null) {
					started.stream()
						.filter(one -> !one.isCompletedExceptionally())
						.forEach(one -> one.join().server().stop());
					throw new IllegalStateException(
							"The stand-ins for the outside services did not start: " + failure.getMessage(), failure);
				}
				Map<String, StandInServer> standIns = new LinkedHashMap<>();
				started.forEach(one -> standIns.put(one.join().name(), one.join()));
				return standIns;
			});
		return new OutsideServices(properties, all, !properties.isEmpty());
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

	/** Forgets every stub and every call: each example starts from none. */
	public void reset() {
		standIns().forEach(standIn -> standIn.server().resetAll());
	}

	public OutsideStubs stubs() {
		return stubs;
	}

	public OutsideCallChecks checks() {
		return checks;
	}

	/** The stand-ins, once all have started. */
	Collection<StandInServer> standIns() {
		return started().values();
	}

	/**
	 * @throws IllegalArgumentException when the service names no such outside service
	 */
	StandInServer standIn(String service) {
		Map<String, StandInServer> standIns = started();
		StandInServer standIn = standIns.get(service);
		if (standIn == null) {
			throw new IllegalArgumentException("the service names no outside service '" + service + "'"
					+ (standIns.isEmpty() ? "" : "; it names " + String.join(", ", standIns.keySet())));
		}
		return standIn;
	}

	private Map<String, StandInServer> started() {
		try {
			return starting.join();
		}
		catch (CompletionException e) {
			throw e.getCause() instanceof RuntimeException cause ? cause : e;
		}
	}

	@Override
	public void close() {
		starting.thenAccept(standIns -> standIns.values().forEach(standIn -> standIn.server().stop()))
			.exceptionally(failure -> null)
			.join();
	}

}
