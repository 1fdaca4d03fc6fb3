package dev.exemplar.docsite;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The site build from the command line, for a service's {@code main}: builds the site its
 * settings describe and prints what it made. Options, each {@code --name=value}:
 * {@code --project} (the project's folder, default the working folder);
 * {@code --specs-root}, {@code --engine-output} and {@code --output}, to build the site
 * of other specs, or into another folder, than the settings say (the benchmark does);
 * {@code --engine-parts}, the output folders of a spec run made in parts,
 * comma-separated, gathered into the engine output first (none when empty);
 * {@code --baseline}, an earlier site's folder, a results.json or a published site's
 * address, to add a page of what changed since that run (none when empty).
 */
public final class SiteCommand {

	private static final Set<String> OPTIONS = Set.of("project", "specs-root", "engine-output", "engine-parts",
			"output", "baseline");

	private SiteCommand() {
	}

	/** Runs with the settings the service gives for its project folder. */
	public static SiteBuild.Built run(String[] args, Function<Path, SiteSettings> settingsOfProject)
			throws IOException {
		Map<String, String> options = options(args);
		Path project = Path.of(options.getOrDefault("project", ".")).toAbsolutePath().normalize();
		SiteSettings.Builder builder = settingsOfProject.apply(project).toBuilder();
		if (options.containsKey("specs-root")) {
			builder.specsRoot(options.get("specs-root"));
		}
		if (options.containsKey("engine-output")) {
			builder.engineOutput(options.get("engine-output"));
		}
		if (options.containsKey("output")) {
			builder.output(options.get("output"));
		}
		SiteSettings settings = builder.build();
		if (!options.getOrDefault("engine-parts", "").isBlank()) {
			EngineParts.gather(Arrays.stream(options.get("engine-parts").split(","))
				.map(String::strip)
				.map(part -> project.resolve(part).normalize())
				.toList(), settings.specs());
		}
		SiteBuild.Built built = new SiteBuild(settings).comparedWith(options.getOrDefault("baseline", "")).run();
		System.out.printf(Locale.ROOT, "Documentation site: %d pages (%d specs, %d search entries) in %s, %.1f s%n",
				built.pages(), built.specs(), built.searchEntries(), settings.repositoryPath(settings.output()),
				built.millis() / 1000.0);
		return built;
	}

	private static Map<String, String> options(String[] args) {
		Map<String, String> options = new HashMap<>();
		for (String arg : args) {
			int equals = arg.indexOf('=');
			String name = arg.startsWith("--") && equals > 2 ? arg.substring(2, equals) : "";
			if (!OPTIONS.contains(name)) {
				throw new IllegalArgumentException("unknown argument '" + arg
						+ "'; known: --project=DIR --specs-root=DIR --engine-output=DIR --engine-parts=DIR,DIR --output=DIR --baseline=DIR|FILE|URL");
			}
			options.put(name, arg.substring(equals + 1));
		}
		return options;
	}

}
