package dev.exemplar.spec.engine;

import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.platform.engine.ConfigurationParameters;

import dev.exemplar.spec.api.ConfigurationKeys;
import dev.exemplar.spec.results.SpecLayout;
import dev.exemplar.spec.updating.UpdateMode;
import dev.exemplar.spec.stubs.OutsideService;

/**
 * The engine's configuration, as read from JUnit's configuration parameters
 * (junit-platform.properties, system properties, or what a launcher passes): see
 * {@link ConfigurationKeys} for each key.
 *
 * @param contract a path on the service, or {@code file:} and a file
 * @param baseUrl present to run against a deployed service instead of starting one
 * @param filter globs of the specs to run; all when empty
 * @param shard the part of them to run; all when empty
 * @param console whether progress and the summary go to standard output
 * @param update which expectations are rewritten in the spec sources
 * @param outside the outside services the service calls, each with a stand-in of the
 * engine's
 * @param cleanUpCreated globs of the paths of what specs create, which the engine deletes
 * when the spec ends
 * @param parallel how many specs run at once
 * @param tokens real tokens of a deployed service's test users, by the stand-in the specs
 * write
 * @param tags which examples the run's tag expressions select
 */
record SpecConfiguration(String serviceClass, SpecLayout layout, String contract, Optional<String> requestIdHeader,
		Optional<String> serverLogMdcKey, Optional<URI> baseUrl, Optional<String> filter, Optional<Shard> shard,
		boolean console, UpdateMode update, List<OutsideService> outside, List<String> cleanUpCreated, int parallel,
		Map<String, String> tokens, TagSelection tags) {

	private static final String FILE_PREFIX = "file:";

	static Optional<String> serviceClass(ConfigurationParameters parameters) {
		return value(parameters, ConfigurationKeys.SERVICE);
	}

	static SpecConfiguration read(ConfigurationParameters parameters) {
		return new SpecConfiguration(required(parameters, ConfigurationKeys.SERVICE),
				new SpecLayout(Path.of(required(parameters, ConfigurationKeys.ROOT)),
						Path.of(required(parameters, ConfigurationKeys.OUTPUT))),
				required(parameters, ConfigurationKeys.CONTRACT),
				value(parameters, ConfigurationKeys.REQUEST_ID_HEADER),
				value(parameters, ConfigurationKeys.SERVER_LOG_MDC_KEY),
				value(parameters, ConfigurationKeys.BASE_URL).map(URI::create),
				value(parameters, ConfigurationKeys.FILTER),
				value(parameters, ConfigurationKeys.SHARD).map(Shard::parse),
				value(parameters, ConfigurationKeys.CONSOLE).map(Boolean::parseBoolean).orElse(true),
				UpdateMode.parse(value(parameters, ConfigurationKeys.UPDATE).orElse(null)), outside(parameters),
				value(parameters, ConfigurationKeys.CLEAN_UP_CREATED).map(globs -> List.of(globs.split("\\s*,\\s*")))
					.orElse(List.of()),
				parallel(parameters), tokens(parameters, System.getenv(ConfigurationKeys.TOKENS)),
				TagSelection.read(parameters));
	}

	/**
	 * {@link ConfigurationKeys#TOKENS}: {@code stand-in=real} pairs, comma-separated. A
	 * mistake names the pair by its place, never by what it holds.
	 */
	static Map<String, String> tokens(ConfigurationParameters parameters, String environment) {
		// as a system property too, under its name or as the other keys are spelled
		if (parameters.get(ConfigurationKeys.TOKENS).isPresent() || parameters.get("specs.tokens").isPresent()) {
			throw new IllegalStateException("Give " + ConfigurationKeys.TOKENS
					+ " in the environment, not as a system property: those are written into the test reports");
		}
		Map<String, String> tokens = new LinkedHashMap<>();
		String[] pairs = environment == null || environment.isBlank() ? new String[0] : environment.split(",");
		for (int i = 0; i < pairs.length; i++) {
			int equals = pairs[i].indexOf('=');
			if (equals < 0 || pairs[i].substring(0, equals).isBlank() || pairs[i].substring(equals + 1).isBlank()) {
				throw new IllegalStateException(ConfigurationKeys.TOKENS + ": pair " + (i + 1)
						+ " is not stand-in=real-token: give each stand-in the specs write, '=', and a real token");
			}
			tokens.put(pairs[i].substring(0, equals).strip(), pairs[i].substring(equals + 1).strip());
		}
		return tokens;
	}

	/**
	 * How many specs run at once: {@link ConfigurationKeys#PARALLEL}, or as many as there
	 * are processors.
	 */
	static int parallel(ConfigurationParameters parameters) {
		String given = value(parameters, ConfigurationKeys.PARALLEL).orElse(null);
		if (given == null) {
			return Runtime.getRuntime().availableProcessors();
		}
		try {
			int parallel = Integer.parseInt(given);
			if (parallel >= 1) {
				return parallel;
			}
		}
		catch (NumberFormatException e) {
			// said below
		}
		throw new IllegalStateException(ConfigurationKeys.PARALLEL + "=" + given
				+ " is not a number of specs to run at once: give a whole number from 1 (one spec at a time)");
	}

	private static List<OutsideService> outside(ConfigurationParameters parameters) {
		return parameters.keySet()
			.stream()
			.filter(key -> key.startsWith(ConfigurationKeys.OUTSIDE_PREFIX)
					&& !key.endsWith(ConfigurationKeys.OUTSIDE_CONTRACT_SUFFIX))
			.sorted()
			.map(key -> new OutsideService(
					OutsideService.nameOf(key.substring(ConfigurationKeys.OUTSIDE_PREFIX.length())),
					required(parameters, key),
					value(parameters, key + ConfigurationKeys.OUTSIDE_CONTRACT_SUFFIX).map(Path::of)))
			.toList();
	}

	/**
	 * The contract is a file, read from disk, rather than a document the service serves.
	 */
	Optional<Path> contractFile() {
		return contract.startsWith(FILE_PREFIX) ? Optional.of(Path.of(contract.substring(FILE_PREFIX.length())))
				: Optional.empty();
	}

	private static String required(ConfigurationParameters parameters, String key) {
		return value(parameters, key)
			.orElseThrow(() -> new IllegalStateException("The spec engine needs the configuration parameter '" + key
					+ "': set it in src/test/resources/junit-platform.properties (see "
					+ ConfigurationKeys.class.getName() + ")"));
	}

	/** A blank value ({@code -Dspec=}) counts as none. */
	private static Optional<String> value(ConfigurationParameters parameters, String key) {
		return parameters.get(key).map(String::strip).filter(value -> !value.isEmpty());
	}
}
