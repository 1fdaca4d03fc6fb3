package dev.exemplar.spec.running;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.exemplar.spec.api.ConfigurationKeys;
import dev.exemplar.spec.reading.SpecExample;
import dev.exemplar.spec.stubs.StubTitle;

/**
 * Against a deployed service, which asks its real outside services: whether an example of
 * a spec that states what an outside service answers can run all the same. It can when
 * its own section states nothing of the kind, and each stub above the first section that
 * it leans on names a stand-in the run has a real value for
 * ({@value ConfigurationKeys#TOKENS}): the real users service then says of the real token
 * what the stub says of its stand-in. An example leans on a stub when it sends a header
 * value of the stub's request (a token, say); a stub whose request has no header may be
 * leaned on unseen, so then the example is not run.
 */
final class DeployedSignIn {

	private final ExampleText text;

	private final List<String> preambleStubs;

	private final Set<String> standIns;

	/**
	 * @param preambleStubs the requests of the stubs above the first section, as written
	 * @param standIns the stand-ins the run has real values for
	 */
	DeployedSignIn(ExampleText text, List<String> preambleStubs, Set<String> standIns) {
		this.text = text;
		this.preambleStubs = preambleStubs;
		this.standIns = standIns;
	}

	/** Why the example cannot run against the deployed service, if it cannot. */
	Optional<String> whyNotRun(SpecExample example) {
		String section = text.of(example);
		if (section.isEmpty() || StubTitle.mayBeIn(section)) {
			return Optional.of("this example " + SpecEnvironment.NO_STAND_INS);
		}
		for (String stub : preambleStubs) {
			List<String> values = headerValues(stub);
			if (values.isEmpty()) {
				return Optional.of("this example " + SpecEnvironment.NO_STAND_INS);
			}
			for (String value : values) {
				if (section.contains(value) && standIns.stream().noneMatch(value::contains)) {
					return Optional.of("this example sends '" + value
							+ "', a stand-in whose answer the spec states: give the run a real one of a test user ("
							+ ConfigurationKeys.TOKENS + "=stand-in=real,…)");
				}
			}
		}
		return Optional.empty();
	}

	/**
	 * The values of the request's headers: the lines after the request line, up to a
	 * blank one.
	 */
	private static List<String> headerValues(String request) {
		return request.strip()
			.lines()
			.skip(1)
			.takeWhile(line -> !line.isBlank())
			.filter(line -> line.indexOf(':') > 0)
			.map(line -> line.substring(line.indexOf(':') + 1).strip())
			.filter(value -> !value.isEmpty())
			.toList();
	}

}
