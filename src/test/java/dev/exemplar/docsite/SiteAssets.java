package dev.exemplar.docsite;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The site's static files: Asciidoctor's stylesheet, the service's theme
 * ({@link SiteSources#theme()}), lunr from its webjar and the builder's own script.
 */
final class SiteAssets {

	private static final String LUNR_POM = "META-INF/maven/org.webjars.npm/lunr/pom.properties";

	/** The script of the curl commands' copy buttons ({@link CurlCommands}). */
	static final String COPY_CURL = "copy-curl.js";

	private SiteAssets() {
	}

	static void write(Path assets, String asciidoctorCss, Path theme) throws IOException {
		Files.createDirectories(assets);
		Files.writeString(assets.resolve("asciidoctor.css"), asciidoctorCss, StandardCharsets.UTF_8);
		Files.write(assets.resolve("lunr.min.js"), lunr());
		try (InputStream script = SiteAssets.class.getResourceAsStream(COPY_CURL)) {
			Files.write(assets.resolve(COPY_CURL), script.readAllBytes());
		}
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
		try (InputStream in = loader
			.getResourceAsStream("META-INF/resources/webjars/lunr/" + pom.getProperty("version") + "/lunr.min.js")) {
			return in.readAllBytes();
		}
	}

}
