package dev.exemplar.docsite;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import dev.exemplar.spec.results.SpecLayout;

/**
 * Everything the site builder knows about the service it documents, given by that service
 * (see {@link #forProject(Path)}). The builder holds no fact of any service but these.
 *
 * @param title the service's name: the site's header and every page's title
 * @param projectDir the repository's root; source links are relative to it
 * @param specs where the specs are and where the spec engine wrote what ran (executed
 * pages, results.json)
 * @param contract the OpenAPI contract, for the API reference and coverage
 * @param sources the site's own pages and theme
 * @param output where the site is assembled; emptied first
 * @param repositoryUrl base URL of source links (ends with '/'); empty = a copy shipped
 * inside the site, linked relatively
 */
public record SiteSettings(String title, Path projectDir, SpecLayout specs, Path contract, SiteSources sources,
		Path output, String repositoryUrl) {

	public SiteSettings {
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(projectDir, "projectDir");
		Objects.requireNonNull(specs, "specs");
		Objects.requireNonNull(contract, "contract");
		Objects.requireNonNull(sources, "sources");
		Objects.requireNonNull(output, "output");
		repositoryUrl = repositoryUrl == null || repositoryUrl.isBlank() ? ""
				: repositoryUrl.strip().endsWith("/") ? repositoryUrl.strip() : repositoryUrl.strip() + "/";
	}

	/**
	 * Settings for a project in this folder; relative paths given to the builder are
	 * resolved against it.
	 */
	public static Builder forProject(Path projectDir) {
		return new Builder(projectDir.toAbsolutePath().normalize());
	}

	/** A builder holding these settings, to change some of them. */
	public Builder toBuilder() {
		Builder builder = new Builder(projectDir).title(title).repositoryUrl(repositoryUrl);
		builder.specsRoot = specs.specsRoot();
		builder.specOutput = specs.outputDir();
		builder.contract = contract;
		builder.sources = sources.folder();
		builder.output = output;
		return builder;
	}

	/**
	 * The path of a file relative to the repository root, with forward slashes (e.g.
	 * {@code specs/feed/latest.adoc}).
	 */
	public String repositoryPath(Path file) {
		return projectDir.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
	}

	/**
	 * Where a page's link to one of its sources leads: the repository's file, or the copy
	 * the site carries.
	 */
	public String sourceHref(String toRoot, String sourcePath) {
		return repositoryUrl.isEmpty() ? toRoot + SourceCopy.FOLDER + "/" + sourcePath : repositoryUrl + sourcePath;
	}

	/** Builds settings; every setting but the repository URL must be given. */
	public static final class Builder {

		private final Path projectDir;

		private String title;

		private Path specsRoot;

		private Path specOutput;

		private Path contract;

		private Path sources;

		private Path output;

		private String repositoryUrl = "";

		private Builder(Path projectDir) {
			this.projectDir = projectDir;
		}

		public Builder title(String title) {
			this.title = title;
			return this;
		}

		/** The folder of the spec documents; its folders are the site's chapters. */
		public Builder specsRoot(String folder) {
			this.specsRoot = resolve(folder);
			return this;
		}

		/**
		 * The folder where the spec engine writes what ran: executed pages and
		 * results.json.
		 */
		public Builder engineOutput(String folder) {
			this.specOutput = resolve(folder);
			return this;
		}

		public Builder contract(String openApiFile) {
			this.contract = resolve(openApiFile);
			return this;
		}

		/** The folder of the site's own pages: see {@link SiteSources}. */
		public Builder sources(String folder) {
			this.sources = resolve(folder);
			return this;
		}

		public Builder output(String folder) {
			this.output = resolve(folder);
			return this;
		}

		/**
		 * Where source links point, e.g. {@code https://example.org/repo/blob/main/};
		 * empty = copies inside the site.
		 */
		public Builder repositoryUrl(String url) {
			this.repositoryUrl = url;
			return this;
		}

		public SiteSettings build() {
			List<String> missing = new ArrayList<>();
			if (title == null || title.isBlank()) {
				missing.add("title");
			}
			if (specsRoot == null) {
				missing.add("specsRoot");
			}
			if (specOutput == null) {
				missing.add("engineOutput");
			}
			if (contract == null) {
				missing.add("contract");
			}
			if (sources == null) {
				missing.add("sources");
			}
			if (output == null) {
				missing.add("output");
			}
			if (!missing.isEmpty()) {
				throw new IllegalStateException(
						"The documentation site's settings lack: " + String.join(", ", missing));
			}
			return new SiteSettings(title.strip(), projectDir, new SpecLayout(specsRoot, specOutput), contract,
					new SiteSources(sources), output, repositoryUrl);
		}

		private Path resolve(String path) {
			return projectDir.resolve(path).normalize();
		}

	}
}
