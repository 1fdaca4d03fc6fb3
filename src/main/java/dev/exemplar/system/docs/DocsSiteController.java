package dev.exemplar.system.docs;

import dev.exemplar.system.errors.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The documentation site's landing page, or, when this deployment has no site, a 404 that
 * says so and how to get one.
 */
@Controller
class DocsSiteController {

	static final String NO_SITE = "No documentation site was built into this deployment. To have one, run ./mvnw verify, "
			+ "which builds it into target/docs-site/, and build the image from that tree; or point "
			+ "exemplar.docs-site.location at a folder that holds a site.";

	private final DocsSite site;

	DocsSiteController(DocsSite site) {
		this.site = site;
	}

	@GetMapping("/docs/")
	String landingPage() {
		if (!site.isBuilt()) {
			throw new NotFoundException(NO_SITE);
		}
		return "forward:/docs/index.html";
	}

}
