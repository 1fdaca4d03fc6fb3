package dev.exemplar.system.docs;

import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.MimeMappings;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.server.servlet.ConfigurableServletWebServerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves the documentation site at /docs, as a static host would, from the folder
 * {@code exemplar.docs-site.location} names: by default the {@code target/docs-site/}
 * that {@code ./mvnw verify} builds; the Docker image names the copy it carries. Without
 * a site there, {@link DocsSiteController} says so.
 */
@Configuration
class DocsSiteConfiguration implements WebMvcConfigurer {

	private static final Logger log = LoggerFactory.getLogger(DocsSiteConfiguration.class);

	private final DocsSite site;

	DocsSiteConfiguration(@Value("${exemplar.docs-site.location}") Path location) {
		this.site = new DocsSite(location);
		if (site.isBuilt()) {
			log.info("Serving the documentation site in {} at /docs", site.folder());
		}
		else {
			log.info("No documentation site in {}: /docs says so", site.folder());
		}
	}

	@Bean
	DocsSite docsSite() {
		return site;
	}

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/docs/**").addResourceLocations(site.resourceLocation());
	}

	@Override
	public void addViewControllers(ViewControllerRegistry registry) {
		registry.addRedirectViewController("/docs", "/docs/");
	}

	/**
	 * The site links the AsciiDoc sources it carries: browsers show them as text rather
	 * than download them.
	 */
	@Bean
	WebServerFactoryCustomizer<ConfigurableServletWebServerFactory> asciidocAsText() {
		return factory -> {
			MimeMappings mappings = new MimeMappings();
			mappings.add("adoc", "text/plain;charset=UTF-8");
			factory.addMimeMappings(mappings);
		};
	}

}
