package dev.exemplar.docsite;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import org.jsoup.nodes.Element;

/**
 * Assembles the documentation site: the site's own pages (docs-site/*.adoc), every executed spec page
 * (target/specs), the API reference and coverage (openapi.yaml + results.json), and the search data, into one
 * static site (target/docs-site) that any static host can serve as it is.
 *
 * <p>Run by the build in prepare-package, after the tests; by hand: {@code ./mvnw -q test-compile exec:exec@docs-site}.
 * Arguments: the project folder, optionally followed by the spec sources, the engine's output and the site's folder.
 */
public final class SiteBuilder {

    private final SiteSources sources;

    public SiteBuilder(SiteSources sources) {
        this.sources = sources;
    }

    /** What a build made. */
    public record Built(int pages, int specs, int searchEntries, long millis) {
    }

    public static void main(String[] args) throws IOException {
        Path projectDir = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        SiteSources sources = SiteSources.standard(projectDir, System.getProperty("docs-site.repository-url", ""));
        if (args.length == 4) {
            sources = new SiteSources(projectDir, projectDir.resolve(args[1]), projectDir.resolve(args[2]), sources.siteSources(),
                    sources.openApi(), projectDir.resolve(args[3]), sources.repositoryUrl());
        }
        Built built = new SiteBuilder(sources).build();
        System.out.printf(Locale.ROOT, "Documentation site: %d pages (%d specs, %d search entries) in %s, %.1f s%n",
                built.pages(), built.specs(), built.searchEntries(), projectDir.relativize(sources.siteOutput()),
                built.millis() / 1000.0);
    }

    public Built build() throws IOException {
        long start = System.nanoTime();
        SpecResults results = ResultsReader.read(sources.specOutput().resolve("results.json"));
        BuildStamp stamp = BuildStamp.now(sources.projectDir());
        Path out = sources.siteOutput();
        Deletion.tree(out);
        Files.createDirectories(out);

        List<Page> pages = new ArrayList<>();
        SearchIndex search = new SearchIndex();
        // JRuby takes seconds to start: let it, while the spec pages and the contract are read
        CompletableFuture<AsciidocRenderer> starting = CompletableFuture.supplyAsync(AsciidocRenderer::new);
        List<Page> specPages;
        ApiContract contract;
        try {
            specPages = specPages(results);
            contract = ApiContract.read(sources.openApi());
        }
        catch (IOException | RuntimeException ex) {
            starting.thenAccept(AsciidocRenderer::close);
            throw ex;
        }
        try (AsciidocRenderer asciidoc = starting.join()) {
            Map<String, Object> attributes = BuildSummary.attributes(results, stamp);
            Map<String, AsciidocRenderer.Rendered> chapterIntros = new LinkedHashMap<>();
            SiteMap siteMap = siteMap(results, asciidoc, attributes, chapterIntros);

            pages.add(landingPage(asciidoc, attributes, results, stamp, siteMap));
            for (SiteMap.Chapter chapter : siteMap.chapters()) {
                pages.add(chapterPage(chapter, chapterIntros.get(chapter.name())));
            }
            pages.addAll(specPages);
            Coverage coverage = new Coverage(contract, results);
            Path apiIntro = sources.siteSources().resolve("api.adoc");
            pages.add(ApiReferencePage.build(contract, coverage,
                    Files.isRegularFile(apiIntro) ? asciidoc.render(apiIntro, attributes).body() : null,
                    sources.repositoryPath(sources.openApi())));
            pages.add(CoveragePage.build(contract, coverage, results.ran(), sources.repositoryPath(sources.openApi())));
            pages.add(SearchPage.build());

            PageLayout layout = new PageLayout(siteMap, stamp, sources.repositoryUrl());
            for (Page page : pages) {
                Path file = out.resolve(page.path());
                Files.createDirectories(file.getParent());
                Files.writeString(file, layout.layOut(page).outerHtml(), StandardCharsets.UTF_8);
                if (!page.path().equals(SearchPage.PATH)) {
                    search.add(page);
                }
            }
            search.write(out.resolve("assets/search-index.js"));
            SiteAssets.write(out.resolve("assets"), asciidoc.defaultStylesheet(), sources.siteSources().resolve("theme"));
        }
        SiteAssets.FileCopy.tree(sources.specOutput(), out, file -> !file.toString().endsWith(".html"));
        if (sources.repositoryUrl().isEmpty()) {
            copySources(out.resolve("source"));
        }
        return new Built(pages.size(), results.specs().size(), search.size(), (System.nanoTime() - start) / 1_000_000);
    }

    private List<Page> specPages(SpecResults results) throws IOException {
        List<Page> pages = new ArrayList<>();
        for (SpecResults.Spec spec : results.specs()) {
            Path executed = sources.specOutput().resolve(spec.page());
            if (!Files.isRegularFile(executed)) {
                continue;
            }
            Path source = sources.specSources().resolve(spec.source());
            Page page = SpecPageImporter.importPage(executed, spec.page(), spec.title(),
                    Files.isRegularFile(source) ? sources.repositoryPath(source) : null);
            ExampleMarker.mark(page, spec);
            pages.add(page);
        }
        return pages;
    }

    private SiteMap siteMap(SpecResults results, AsciidocRenderer asciidoc, Map<String, Object> attributes,
            Map<String, AsciidocRenderer.Rendered> intros) throws IOException {
        TreeSet<String> names = new TreeSet<>();
        results.specs().forEach(spec -> names.add(spec.chapter()));
        List<Path> sourceSpecs = sourceSpecs();
        sourceSpecs.forEach(file -> names.add(chapterOf(file)));
        List<SiteMap.Chapter> chapters = new ArrayList<>();
        for (String name : names) {
            Path introFile = sources.siteSources().resolve("chapters/" + (name.isEmpty() ? "general" : name) + ".adoc");
            String title = name.isEmpty() ? "General" : capitalized(name.substring(name.lastIndexOf('/') + 1));
            if (Files.isRegularFile(introFile)) {
                AsciidocRenderer.Rendered intro = asciidoc.render(introFile, attributes);
                intros.put(name, intro);
                title = intro.title();
            }
            List<SiteMap.SpecEntry> specs = new ArrayList<>();
            List<String> ran = new ArrayList<>();
            for (SpecResults.Spec spec : results.specs()) {
                if (spec.chapter().equals(name) && Files.isRegularFile(sources.specOutput().resolve(spec.page()))) {
                    specs.add(new SiteMap.SpecEntry(spec.title(), spec.page(),
                            sources.repositoryPath(sources.specSources().resolve(spec.source())), spec.tally()));
                    ran.add(spec.source());
                }
            }
            for (Path file : sourceSpecs) {
                String source = sources.specSources().relativize(file).toString().replace('\\', '/');
                if (chapterOf(file).equals(name) && !ran.contains(source)) {
                    String fileName = file.getFileName().toString();
                    specs.add(new SiteMap.SpecEntry(capitalized(fileName.substring(0, fileName.length() - 5)), null,
                            sources.repositoryPath(file), new SpecResults.Tally(0, 0, 0, 0)));
                }
            }
            chapters.add(new SiteMap.Chapter(name, title, name.isEmpty() ? "general.html" : name + "/index.html", specs));
        }
        return new SiteMap(chapters);
    }

    private Page landingPage(AsciidocRenderer asciidoc, Map<String, Object> attributes, SpecResults results,
            BuildStamp stamp, SiteMap siteMap) {
        Path index = sources.siteSources().resolve("index.adoc");
        AsciidocRenderer.Rendered landing = Files.isRegularFile(index) ? asciidoc.render(index, attributes)
                : new AsciidocRenderer.Rendered("Exemplar", new Element("div"));
        Element body = landing.body();
        Element summary = BuildSummary.of(results, stamp);
        Element placeholder = body.selectFirst("#build-summary");
        if (placeholder != null) {
            placeholder.replaceWith(summary);
        }
        else {
            body.prependChild(summary);
        }
        Element specs = body.appendElement("div").addClass("sect1");
        specs.appendElement("h2").id("all-specs").text("All specs");
        Element specsBody = specs.appendElement("div").addClass("sectionbody");
        if (siteMap.chapters().isEmpty()) {
            specsBody.appendElement("p").text("There are no specs yet: specs/ holds none.");
        }
        else {
            specsBody.appendChild(SpecsTable.of(siteMap.chapters(), "", true));
        }
        return new Page("index.html", landing.title(), body, Files.isRegularFile(index) ? sources.repositoryPath(index) : null,
                "landing-page");
    }

    private Page chapterPage(SiteMap.Chapter chapter, AsciidocRenderer.Rendered intro) {
        Element body = intro != null ? intro.body() : new Element("div").addClass("doc-content");
        Element section = body.appendElement("div").addClass("sect1");
        section.appendElement("h2").id("specs-of-this-chapter").text("Specs of this chapter");
        String toRoot = "../".repeat((int) chapter.path().chars().filter(c -> c == '/').count());
        section.appendElement("div").addClass("sectionbody").appendChild(SpecsTable.of(List.of(chapter), toRoot, false));
        String source = intro != null
                ? sources.repositoryPath(sources.siteSources().resolve("chapters/" + (chapter.name().isEmpty() ? "general" : chapter.name()) + ".adoc"))
                : null;
        return new Page(chapter.path(), chapter.title(), body, source, "chapter-page");
    }

    private List<Path> sourceSpecs() throws IOException {
        if (!Files.isDirectory(sources.specSources())) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(sources.specSources())) {
            return files.filter(file -> file.toString().endsWith(".adoc"))
                    .filter(file -> !file.getFileName().toString().startsWith("_"))
                    .sorted(Comparator.naturalOrder()).toList();
        }
    }

    private String chapterOf(Path specFile) {
        Path folder = sources.specSources().relativize(specFile).getParent();
        return folder == null ? "" : folder.toString().replace('\\', '/');
    }

    private static String capitalized(String name) {
        String words = name.replace('-', ' ').replace('_', ' ');
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private void copySources(Path to) throws IOException {
        String specs = sources.repositoryPath(sources.specSources());
        if (!specs.startsWith("..")) {
            SiteAssets.FileCopy.tree(sources.specSources(), to.resolve(specs));
        }
        SiteAssets.FileCopy.tree(sources.siteSources(), to.resolve(sources.repositoryPath(sources.siteSources())),
                file -> file.toString().endsWith(".adoc"));
        if (Files.isRegularFile(sources.openApi())) {
            Path target = to.resolve(sources.repositoryPath(sources.openApi()));
            Files.createDirectories(target.getParent());
            Files.copy(sources.openApi(), target);
        }
    }

    /** Empties the output folder, so that no page of an earlier build survives. */
    static final class Deletion {

        private Deletion() {
        }

        static void tree(Path dir) throws IOException {
            if (!Files.exists(dir)) {
                return;
            }
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
