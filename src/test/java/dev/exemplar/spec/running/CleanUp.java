package dev.exemplar.spec.running;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.exemplar.spec.http.HttpDriver;
import dev.exemplar.spec.http.HttpExchange;
import dev.exemplar.spec.http.HttpRequestText;

/**
 * What a spec created (see {@link CleanUpRule}), removed when the spec ends:
 * {@code DELETE} each, newest first, with the headers of the request that created it, the
 * stubs of its example answering again (the stand-ins are reset for it, so that no
 * example's "was asked" counts these calls).
 */
final class CleanUp {

	/** Headers about a body, which a DELETE does not have. */
	private static final Set<String> BODY_HEADERS = Set.of("content-type", "content-length", "content-encoding");

	private final List<Created> created = new ArrayList<>();

	void remember(String location, List<Map.Entry<String, String>> headers, List<AppliedStub> stubs) {
		created.add(new Created(location,
				headers.stream()
					.filter(header -> !BODY_HEADERS.contains(header.getKey().toLowerCase(Locale.ROOT)))
					.toList(),
				List.copyOf(stubs)));
	}

	/**
	 * Deletes what was created, newest first, once; @return what went wrong, one problem
	 * each
	 */
	List<String> run(SpecEnvironment environment) {
		List<String> problems = new ArrayList<>();
		for (int i = created.size() - 1; i >= 0; i--) {
			Created one = created.get(i);
			String target = environment.http().isTheService(one.location()) ? one.location()
					: HttpDriver.pathOf(one.location());
			// only a spec that stated stubs holds the stand-ins: one that did not must
			// not reset them under another spec
			if (environment.outside().running() && !one.stubs().isEmpty()) {
				environment.outside().reset();
				one.stubs()
					.forEach(stub -> environment.outside()
						.stubs()
						.stub(stub.title(), stub.request(), stub.answer(), stub.offContract()));
			}
			try {
				HttpExchange exchange = environment.http()
					.send(new HttpRequestText("DELETE", target, one.headers(), null));
				if (!(exchange.status() / 100 == 2 || exchange.status() == 404 || exchange.status() == 410)) {
					problems.add("DELETE " + target + " answered " + exchange.status() + " (2xx, 404 or 410 expected): "
							+ exchange.describe());
				}
			}
			catch (IOException e) {
				problems.add("DELETE " + target + " got no answer: " + e);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				problems.add("DELETE " + target + " was interrupted");
				break;
			}
		}
		created.clear();
		return problems;
	}

	private record Created(String location, List<Map.Entry<String, String>> headers, List<AppliedStub> stubs) {
	}

}
