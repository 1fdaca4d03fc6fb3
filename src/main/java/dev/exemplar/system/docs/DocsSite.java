package dev.exemplar.system.docs;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The folder the documentation site is served from; it holds a site when it holds the
 * site's landing page.
 */
record DocsSite(Path folder) {

	DocsSite {
		folder = folder.toAbsolutePath().normalize();
	}

	Path landingPage() {
		return folder.resolve("index.html");
	}

	/**
	 * Asked on each visit: a site built while the service runs is served from then on.
	 */
	boolean isBuilt() {
		return Files.isRegularFile(landingPage());
	}

	/**
	 * The folder as a resource location: a URL that ends with '/', as Spring's resource
	 * handlers need.
	 */
	String resourceLocation() {
		String url = folder.toUri().toString();
		return url.endsWith("/") ? url : url + "/";
	}
}
