package dev.exemplar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Properties;

import dev.exemplar.docsite.SiteCommand;
import dev.exemplar.docsite.SiteSettings;
import dev.exemplar.spec.api.ConfigurationKeys;

/**
 * Exemplar's documentation site: what it is called and where its parts are; the builder
 * (dev.exemplar.docsite) knows nothing of Exemplar but this.
 * {@code ./mvnw -q test-compile exec:exec@docs-site} runs it; the pom passes
 * {@code -Ddocs-site.repository-url} (empty: the site carries copies of its sources) and
 * {@code --baseline=${docs-site.baseline}} (empty: no page of what changed). Where the
 * specs are and where the engine wrote their results, it reads from the spec engine's
 * configuration (junit-platform.properties): the service says so once.
 */
public final class ExemplarDocsSite {

	private static final Properties SPEC_ENGINE = specEngineConfiguration();

	private ExemplarDocsSite() {
	}

	private static Properties specEngineConfiguration() {
		Properties configuration = new Properties();
		try (InputStream in = ExemplarDocsSite.class.getResourceAsStream("/junit-platform.properties")) {
			configuration.load(in);
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read junit-platform.properties", e);
		}
		return configuration;
	}

	static SiteSettings settings(Path projectDir, String repositoryUrl) {
		return SiteSettings.forProject(projectDir)
			.title("Exemplar")
			.specsRoot(SPEC_ENGINE.getProperty(ConfigurationKeys.ROOT))
			.engineOutput(SPEC_ENGINE.getProperty(ConfigurationKeys.OUTPUT))
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
