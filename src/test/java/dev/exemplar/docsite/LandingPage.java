package dev.exemplar.docsite;

import java.nio.file.Path;
import java.util.Optional;

import org.jsoup.nodes.Element;

/**
 * The landing page: the service's own {@link SiteSources#landingPage() index.adoc} (or
 * just the service's title), with the build's summary where the page marks it
 * ({@code <div id="build-summary">}, else on top), and a table of every spec.
 */
final class LandingPage {

	static final String PATH = "index.html";

	private LandingPage() {
	}

	static Page build(SiteSettings settings, AsciidocRenderer asciidoc, BuildSummary summary, SiteMap siteMap) {
		Optional<Path> index = settings.sources().landingPage();
		AsciidocRenderer.Rendered landing = index.map(file -> asciidoc.render(file, summary.attributes()))
			.orElseGet(
					() -> new AsciidocRenderer.Rendered(settings.title(), new Element("div").addClass("doc-content")));
		Element body = landing.body();
		Element placeholder = body.selectFirst("#build-summary");
		if (placeholder != null) {
			placeholder.replaceWith(summary.element());
		}
		else {
			body.prependChild(summary.element());
		}
		Element specs = body.appendElement("div").addClass("sect1");
		specs.appendElement("h2").id("all-specs").text("All specs");
		Element specsBody = specs.appendElement("div").addClass("sectionbody");
		if (siteMap.chapters().isEmpty()) {
			specsBody.appendElement("p")
				.text("There are no specs yet: " + settings.repositoryPath(settings.specs().specsRoot())
						+ "/ holds none.");
		}
		else {
			specsBody.appendChild(SpecsTable.of(siteMap.chapters(), "", true));
		}
		return new Page(PATH, landing.title(), body, index.map(settings::repositoryPath).orElse(null), "landing-page");
	}

}
