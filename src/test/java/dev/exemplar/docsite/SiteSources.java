package dev.exemplar.docsite;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The site's own sources, in one folder: {@code index.adoc} (the landing page; a {@code <div id="build-summary">}
 * in it marks where the build's summary goes), {@code api.adoc} (the API reference's introduction),
 * {@code chapters/<folder>.adoc} (a chapter's introduction: {@code general.adoc} for the specs at the top), and
 * {@code theme/} (stylesheets and scripts, copied to {@code assets/}). Each is optional.
 */
public record SiteSources(Path folder) {

    public Optional<Path> landingPage() {
        return existing(folder.resolve("index.adoc"));
    }

    public Optional<Path> apiIntroduction() {
        return existing(folder.resolve("api.adoc"));
    }

    /** The introduction of the chapter of the specs in this folder ("" for the specs root itself). */
    public Optional<Path> chapterIntroduction(String chapter) {
        return existing(folder.resolve("chapters/" + (chapter.isEmpty() ? "general" : chapter) + ".adoc"));
    }

    public Path theme() {
        return folder.resolve("theme");
    }

    private static Optional<Path> existing(Path file) {
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }
}
