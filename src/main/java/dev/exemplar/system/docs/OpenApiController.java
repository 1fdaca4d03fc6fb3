package dev.exemplar.system.docs;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves the API contract, written by hand in src/main/resources/openapi.yaml rather than
 * generated.
 */
@RestController
class OpenApiController {

	private static final Resource CONTRACT = new ClassPathResource("openapi.yaml");

	@GetMapping("/openapi.yaml")
	ResponseEntity<Resource> contract() {
		return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/yaml")).body(CONTRACT);
	}

}
