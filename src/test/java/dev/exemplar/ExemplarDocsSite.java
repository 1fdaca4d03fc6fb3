package dev.exemplar;

import java.io.IOException;
import java.nio.file.Path;

import dev.exemplar.docsite.SiteCommand;
import dev.exemplar.docsite.SiteSettings;

/**
 * Exemplar's documentation site: what it is called and where its parts are; the builder (dev.exemplar.docsite)
 * knows nothing of Exemplar but this. {@code ./mvnw -q test-compile exec:exec@docs-site} runs it; the pom passes
 * {@code -Ddocs-site.repository-url} (empty: the site carries copies of its sources).
 */
public final class ExemplarDocsSite {

    private ExemplarDocsSite() {
    }

    static SiteSettings settings(Path projectDir, String repositoryUrl) {
        return SiteSettings.forProject(projectDir)
                .title("Exemplar")
                .specsRoot("specs")
                .engineOutput("target/specs")
                .contract("src/main/resources/openapi.yaml")
                .sources("docs-site")
                .output("target/docs-site")
                .repositoryUrl(repositoryUrl)
                .build();
    }

    /** Arguments: see {@link SiteCommand}. */
    public static void main(String[] args) throws IOException {
        SiteCommand.run(args, projectDir -> settings(projectDir, System.getProperty("docs-site.repository-url", "")));
    }
}
