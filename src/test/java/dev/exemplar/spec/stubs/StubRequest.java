package dev.exemplar.spec.stubs;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.matching.RequestPattern;
import com.github.tomakehurst.wiremock.matching.StringValuePattern;

import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

import dev.exemplar.spec.grammar.Placeholder;
import dev.exemplar.spec.http.HttpRequestText;

/**
 * The request a stub answers, as a spec writes it in HTTP text: the method, the path,
 * each query parameter and header it names (others may come too) and the body. A whole
 * value may be a placeholder (but a capture), as the grammar declares them
 * ({@link Placeholder}).
 */
final class StubRequest {

	private StubRequest() {
	}

	static MappingBuilder mapping(HttpRequestText request) {
		UriComponents target = UriComponentsBuilder.fromUriString(request.target()).build();
		MappingBuilder mapping = WireMock.request(request.method(), WireMock.urlPathEqualTo(target.getPath()));
		target.getQueryParams()
			.forEach((name, values) -> values
				.forEach(value -> mapping.withQueryParam(decode(name), value(value == null ? "" : decode(value)))));
		for (Map.Entry<String, String> header : request.headers()) {
			mapping.withHeader(header.getKey(), value(header.getValue()));
		}
		if (request.body() != null) {
			mapping.withRequestBody(request.body().startsWith("{") || request.body().startsWith("[")
					? WireMock.equalToJson(request.body()) : WireMock.equalTo(request.body()));
		}
		return mapping;
	}

	static RequestPattern pattern(HttpRequestText request) {
		return mapping(request).build().getRequest();
	}

	private static StringValuePattern value(String expected) {
		return Placeholder.whole(expected)
			.filter(placeholder -> placeholder.capture().isEmpty())
			.<StringValuePattern>map(placeholder -> WireMock.matching("(?s)" + placeholder.regex()))
			.orElseGet(() -> WireMock.equalTo(expected));
	}

	private static String decode(String text) {
		return URLDecoder.decode(text, StandardCharsets.UTF_8);
	}

}
