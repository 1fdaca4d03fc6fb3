package dev.exemplar.system;

/**
 * application-staging.properties, read as a staging service reads it from its
 * environment.
 */
class StagingProfileTests extends DeployedProfileTests {

	@Override
	String profile() {
		return "staging";
	}

}
