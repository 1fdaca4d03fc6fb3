package dev.exemplar.system.requests;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The origins whose web pages may call the API from a browser (CORS_ALLOWED_ORIGINS,
 * comma-separated, e.g. {@code https://app.example.com,http://localhost:3000}): none
 * unless set, {@code http://localhost:3000} under dev and {@code spring-boot:test-run}.
 */
@ConfigurationProperties("exemplar.cors")
public record CrossOriginProperties(List<String> allowedOrigins) {

	public CrossOriginProperties {
		allowedOrigins = allowedOrigins == null ? List.of()
				: allowedOrigins.stream().map(String::strip).filter(origin -> !origin.isEmpty()).toList();
	}
}
