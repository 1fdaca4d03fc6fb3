package dev.exemplar.docsite;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.asciidoctor.Asciidoctor;

import org.springframework.util.FileSystemUtils;

import dev.exemplar.spec.results.ResultsFile;
import dev.exemplar.spec.results.SpecLayout;
import dev.exemplar.spec.results.SuiteResult;

/**
 * Assembles the documentation site: the site's own pages and guides, every executed spec
 * page, the API reference and coverage (the contract and results.json), and the search
 * data, into one static folder that any static host can serve as it is. What it reads and
 * where it writes are its {@link SiteSettings}.
 */
public final class SiteBuild {

	private final SiteSettings settings;

	/** The run to compare with (see {@link Baseline#read}); blank: none. */
	private final String baseline;

	public SiteBuild(SiteSettings settings) {
		this(settings, "");
	}

	private SiteBuild(SiteSettings settings, String baseline) {
		this.settings = settings;
		this.baseline = baseline == null ? "" : baseline.strip();
	}

	/**
	 * The same build, with a page of what changed since the baseline run (a folder, a
	 * results.json or a site's address); blank: none.
	 */
	public SiteBuild comparedWith(String baseline) {
		return new SiteBuild(settings, baseline);
	}

	/** What a build made. */
	public record Built(int pages, int specs, int searchEntries, long millis) {
	}

	public Built run() throws IOException {
		return run(() -> CompletableFuture.supplyAsync(AsciidocRenderer::new));
	}

	/**
	 * Builds with an Asciidoctor the caller has started (and shuts down): a JVM that has
	 * one need not start another.
	 */
	public Built run(Asciidoctor asciidoctor) throws IOException {
		return run(() -> CompletableFuture.completedFuture(new AsciidocRenderer(asciidoctor)));
	}

	private Built run(Supplier<CompletableFuture<AsciidocRenderer>> renderer) throws IOException {
		long start = System.nanoTime();
		Optional<SuiteResult> ran = ResultsFile.read(settings.specs().resultsFile());
		SuiteResult results = ran.orElseGet(() -> new SuiteResult(List.of()));
		BuildSummary summary = new BuildSummary(results, ran.isPresent(), BuildStamp.now(settings.projectDir()));
		// read before the output is emptied: it may be the baseline
		Optional<Changes> changes = baseline.isEmpty() ? Optional.empty()
				: Optional.of(Baseline.read(baseline, settings.projectDir()))
					.map(base -> Changes.between(base.results(), base.name(), results));
		Path out = settings.output();
		FileSystemUtils.deleteRecursively(out);
		Files.createDirectories(out);

		// JRuby takes seconds to start: let it, while the spec pages and the contract are
		// read
		CompletableFuture<AsciidocRenderer> starting = renderer.get();
		List<Page> specPages;
		ApiContract contract;
		try {
			specPages = SpecPageImporter.pages(settings, results);
			if (changes.isPresent()) {
				ChangeMarks.mark(specPages, results, changes.get());
			}
			contract = ApiContract.read(settings.contract());
		}
		catch (IOException | RuntimeException ex) {
			starting.thenAccept(AsciidocRenderer::close);
			throw ex;
		}
		List<Page> pages = new ArrayList<>();
		SearchIndex search = new SearchIndex();
		try (AsciidocRenderer asciidoc = starting.join()) {
			Chapters chapters = Chapters.of(settings, results, asciidoc, summary.attributes());
			List<Page> notRunPages = NotRunSpecPages.build(settings, chapters.siteMap());
			Highlighting.apply(asciidoc, Stream.concat(specPages.stream(), notRunPages.stream()).toList());
			Page landing = LandingPage.build(settings, asciidoc, summary, chapters.siteMap());
			changes.ifPresent(found -> landing.content()
				.select("#build-summary")
				.forEach(box -> box.appendChild(ChangesPage.dashboard(found))));
			pages.add(landing);
			changes.ifPresent(found -> pages.add(ChangesPage.build(found, chapters.siteMap())));
			pages.addAll(chapters.pages());
			List<Page> guides = Guides.pages(settings, asciidoc, summary.attributes(), chapters.siteMap());
			pages.addAll(guides);
			pages.addAll(notRunPages);
			pages.addAll(specPages);
			Coverage coverage = new Coverage(contract, results);
			String contractSource = settings.repositoryPath(settings.contract());
			pages.add(ApiReferencePage.build(contract, coverage,
					settings.sources()
						.apiIntroduction()
						.map(intro -> asciidoc.render(intro, summary.attributes()).body())
						.orElse(null),
					contractSource));
			pages.add(CoveragePage.build(coverage, summary.specsRan(), contractSource));
			pages.add(SearchPage.build(results));

			PageLayout layout = new PageLayout(settings, chapters.siteMap(), guides, summary.stamp(),
					changes.isPresent());
			for (Page page : pages) {
				Path file = out.resolve(page.path());
				Files.createDirectories(file.getParent());
				Files.writeString(file, layout.layOut(page).outerHtml(), StandardCharsets.UTF_8);
				if (!page.path().equals(SearchPage.PATH)) {
					search.add(page);
				}
			}
			search.write(out.resolve("assets/search-index.js"));
			SiteAssets.write(out.resolve("assets"), asciidoc.defaultStylesheet(), settings.sources().theme());
		}
		// what the executed pages refer to besides themselves (images, scripts)
		FileCopy.tree(settings.specs().outputDir(), out, file -> !file.toString().endsWith(".html"));
		if (ran.isPresent() && results.origin().commit() == null && !summary.stamp().commit().equals("unknown")) {
			// the site knows the commit the engine did not: a later site compared with
			// this one names it
			ResultsFile.write(out.resolve(SpecLayout.RESULTS_FILE),
					new SuiteResult(results.specs(), results.origin().atCommit(summary.stamp().commit())));
		}
		if (settings.repositoryUrl().isEmpty()) {
			SourceCopy.into(out, settings);
		}
		return new Built(pages.size(), results.specs().size(), search.size(), (System.nanoTime() - start) / 1_000_000);
	}

}
