package dev.exemplar.docsite;

import java.nio.file.Path;

/**
 * Where the site builder reads and writes; nothing else. The builder knows files only, never the service's classes.
 *
 * @param projectDir    the repository's root; source links are relative to it
 * @param specSources   the spec documents ({@code specs/})
 * @param specOutput    what the spec engine wrote ({@code target/specs/}: executed pages and results.json)
 * @param siteSources   the site's own AsciiDoc pages and theme ({@code docs-site/})
 * @param openApi       the API contract
 * @param siteOutput    where the site is assembled ({@code target/docs-site/})
 * @param repositoryUrl base URL for links to source files; empty = a copy shipped inside the site, linked relatively
 */
public record SiteSources(Path projectDir, Path specSources, Path specOutput, Path siteSources, Path openApi,
        Path siteOutput, String repositoryUrl) {

    public static SiteSources standard(Path projectDir, String repositoryUrl) {
        return new SiteSources(projectDir, projectDir.resolve("specs"), projectDir.resolve("target/specs"),
                projectDir.resolve("docs-site"), projectDir.resolve("src/main/resources/openapi.yaml"),
                projectDir.resolve("target/docs-site"), repositoryUrl == null ? "" : repositoryUrl.trim());
    }

    /** The path of a file relative to the repository root, with forward slashes (e.g. {@code specs/feed/latest.adoc}). */
    public String repositoryPath(Path file) {
        return projectDir.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize()).toString()
                .replace('\\', '/');
    }
}
