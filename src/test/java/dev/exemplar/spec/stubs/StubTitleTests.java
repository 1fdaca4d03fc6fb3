package dev.exemplar.spec.stubs;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whether a spec may need the stand-ins, told from its text before it runs (what starts
 * them, and serializes specs).
 */
class StubTitleTests {

	@Test
	void aStubOrACheckOfCallsInATitleLineOrATitleAttributeMayNeedTheStandIns() {
		assertThat(StubTitle.mayBeIn("= Spec\n\n.Given the users service answers\n[source,http]\n----\nGET /x\n----\n"))
			.isTrue();
		assertThat(StubTitle
			.mayBeIn("[source,http,title=\"Then the weather provider was asked once\"]\n----\nGET /x\n----\n"))
			.isTrue();
		assertThat(StubTitle.mayBeIn(".Given the weather provider fails the connection\n")).isTrue();
		assertThat(StubTitle.mayBeIn("include::shared.adoc[]\n")).isTrue();
		assertThat(StubTitle.mayBeIn(".GIVEN THE Users Service ANSWERS\n")).isTrue();
		assertThat(StubTitle.mayBeIn("Prose: gIVEN tHE users service ANSWERS.\n")).isTrue();
	}

	@Test
	void aSpecThatSpeaksOfNoOutsideServiceNeedsNoStandIn() {
		// told at once: no "given the", "then the" or "include::" anywhere
		assertThat(StubTitle.mayBeIn("= Latest\n\n== Newest first\n\n[source,http]\n----\nGET /latest\n----\n\n"
				+ "[source,json]\n----\n[]\n----\n"))
			.isFalse();
		assertThat(StubTitle.mayBeIn(".Given\tthe users service answers\n")).isFalse(); // nor
																						// is
																						// it
																						// a
																						// title:
		assertThat(StubTitle.read("Given\tthe users service answers")).isEmpty();
		// told by the titles' patterns: the words are there, a title is not
		assertThat(StubTitle
			.mayBeIn(".Given these rows in tweets\n|===\n| id\n\n| t1\n|===\n\nThen the newest comes first.\n"))
			.isFalse();
	}

}
