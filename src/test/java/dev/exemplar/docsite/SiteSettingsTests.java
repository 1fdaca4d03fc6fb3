package dev.exemplar.docsite;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class SiteSettingsTests {

	private final Path project = Path.of("/work/service");

	@Test
	void pathsAreTheProjectsAndSourceLinksAreRelativeToIt() {
		SiteSettings settings = SiteSettings.forProject(project)
			.title("Sample")
			.specsRoot("specs")
			.engineOutput("build/specs")
			.contract("api/openapi.yaml")
			.sources("site")
			.output("build/site")
			.repositoryUrl(" https://example.org/repo/blob/main ")
			.build();

		assertThat(settings.specs().resultsFile()).isEqualTo(project.resolve("build/specs/results.json"));
		assertThat(settings.sources().theme()).isEqualTo(project.resolve("site/theme"));
		assertThat(settings.repositoryPath(settings.contract())).isEqualTo("api/openapi.yaml");
		assertThat(settings.repositoryUrl()).isEqualTo("https://example.org/repo/blob/main/");
	}

	@Test
	void aBuilderNamesEverySettingItLacks() {
		assertThatIllegalStateException()
			.isThrownBy(() -> SiteSettings.forProject(project).contract("openapi.yaml").build())
			.withMessage("The documentation site's settings lack: title, specsRoot, engineOutput, sources, output");
	}

	@Test
	void theCommandLineRefusesWhatItDoesNotKnow() {
		assertThatIllegalArgumentException().isThrownBy(() -> SiteCommand.run(new String[] { "--specs=other" }, dir -> {
			throw new AssertionError();
		})).withMessageContaining("unknown argument '--specs=other'");
	}

}
