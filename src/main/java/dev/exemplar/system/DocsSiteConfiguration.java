package dev.exemplar.system;

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
 * Serves the documentation site at /docs: the static site that {@code ./mvnw verify} assembles and packs into the
 * jar under docs-site/. {@code exemplar.docs-site.locations} may name other places, first match wins
 * ({@code ./mvnw spring-boot:test-run} serves {@code file:target/docs-site/} first).
 */
@Configuration
class DocsSiteConfiguration implements WebMvcConfigurer {

    private final String[] locations;

    DocsSiteConfiguration(@Value("${exemplar.docs-site.locations:classpath:/docs-site/}") String[] locations) {
        this.locations = locations;
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/docs/**").addResourceLocations(locations);
    }

    /** The site links the AsciiDoc sources it carries: browsers show them as text rather than download them. */
    @Bean
    WebServerFactoryCustomizer<ConfigurableServletWebServerFactory> asciidocAsText() {
        return factory -> {
            MimeMappings mappings = new MimeMappings();
            mappings.add("adoc", "text/plain;charset=UTF-8");
            factory.addMimeMappings(mappings);
        };
    }

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/docs", "/docs/");
        registry.addViewController("/docs/").setViewName("forward:/docs/index.html");
    }
}
