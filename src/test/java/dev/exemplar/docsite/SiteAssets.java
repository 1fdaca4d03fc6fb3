package dev.exemplar.docsite;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;
import java.util.stream.Stream;

/** The site's static files: Asciidoctor's stylesheet, the theme (docs-site/theme/), and lunr from its webjar. */
final class SiteAssets {

    private static final String LUNR_POM = "META-INF/maven/org.webjars.npm/lunr/pom.properties";

    private SiteAssets() {
    }

    static void write(Path assets, String asciidoctorCss, Path theme) throws IOException {
        Files.createDirectories(assets);
        Files.writeString(assets.resolve("asciidoctor.css"), asciidoctorCss, StandardCharsets.UTF_8);
        Files.write(assets.resolve("lunr.min.js"), lunr());
        FileCopy.tree(theme, assets);
    }

    private static byte[] lunr() throws IOException {
        ClassLoader loader = SiteAssets.class.getClassLoader();
        Properties pom = new Properties();
        try (InputStream in = loader.getResourceAsStream(LUNR_POM)) {
            if (in == null) {
                throw new IllegalStateException("lunr's webjar (org.webjars.npm:lunr) is not on the classpath");
            }
            pom.load(in);
        }
        try (InputStream in = loader.getResourceAsStream("META-INF/resources/webjars/lunr/" + pom.getProperty("version") + "/lunr.min.js")) {
            return in.readAllBytes();
        }
    }

    /** Copies folders of files. */
    static final class FileCopy {

        private FileCopy() {
        }

        static void tree(Path from, Path to) throws IOException {
            tree(from, to, path -> true);
        }

        static void tree(Path from, Path to, java.util.function.Predicate<Path> include) throws IOException {
            if (!Files.isDirectory(from)) {
                return;
            }
            try (Stream<Path> files = Files.walk(from)) {
                files.filter(Files::isRegularFile).filter(include).forEach(file -> {
                    Path target = to.resolve(from.relativize(file).toString());
                    try {
                        Files.createDirectories(target.getParent());
                        Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                    catch (IOException ex) {
                        throw new UncheckedIOException(ex);
                    }
                });
            }
        }
    }
}
