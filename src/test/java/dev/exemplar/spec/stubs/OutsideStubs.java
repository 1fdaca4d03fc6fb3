package dev.exemplar.spec.stubs;

import java.util.Map;
import java.util.Optional;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;

import dev.exemplar.spec.http.HttpRequestText;
import dev.exemplar.spec.matching.ExpectationText;

/** What the stand-ins answer: the stubs a spec states, set up on its outside services. */
public final class OutsideStubs {

	/** Marks a stub whose answer breaks its outside service's contract on purpose. */
	static final String OFF_CONTRACT = "offContract";

	private final OutsideServices outside;

	OutsideStubs(OutsideServices outside) {
		this.outside = outside;
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
		outside.standIn(title.service()).server().stubFor(mapping.willReturn(response));
	}

}
