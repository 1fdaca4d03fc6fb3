package dev.exemplar.spec.stubs;

import java.net.http.HttpHeaders;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.NearMiss;

import dev.exemplar.spec.http.HttpRequestText;

/**
 * What the service asked the stand-ins since they were last reset, and what is wrong with
 * it: a call no stub answered, one that breaks its outside service's contract.
 */
public final class OutsideCallChecks {

	private final OutsideServices outside;

	OutsideCallChecks(OutsideServices outside) {
		this.outside = outside;
	}

	/**
	 * How many calls the outside service got that match the request.
	 * @throws IllegalArgumentException when the service names no such outside service
	 */
	public int count(String service, HttpRequestText request) {
		return outside.standIn(service).server().countRequestsMatching(StubRequest.pattern(request)).getCount();
	}

	/** How many calls the outside services got since the last reset. */
	public int callCount() {
		return outside.standIns().stream().mapToInt(standIn -> standIn.server().getAllServeEvents().size()).sum();
	}

	/** Every call the service made, oldest first, across the outside services. */
	public List<OutsideCall> calls() {
		List<OutsideCall> calls = new ArrayList<>();
		for (StandInServer standIn : outside.standIns()) {
			for (ServeEvent event : standIn.server().getAllServeEvents()) {
				calls.add(call(standIn.name(), event));
			}
		}
		calls.sort(Comparator.comparing(OutsideCall::at));
		return calls;
	}

	/**
	 * What went wrong outside, one problem each: a call no stub answered, with the
	 * closest stub and their difference (WireMock's near miss), and a call or stubbed
	 * answer that breaks the outside service's contract.
	 */
	public List<String> problems() {
		List<String> problems = new ArrayList<>();
		for (StandInServer standIn : outside.standIns()) {
			String name = standIn.name();
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
				.ifPresent(contract -> events.stream().filter(OutsideCallChecks::keepsContract).forEach(event -> {
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
				|| !event.getStubMapping().getMetadata().containsKey(OutsideStubs.OFF_CONTRACT));
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

}
