package dev.exemplar.spec.grammar;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A listing's language one letter off a known one is taken for a typo of it. */
class LanguageTests {

	@Test
	void aLanguageOneEditOffIsTakenForTheKnownOne() {
		assertThat(Language.near("htpp")).contains(Language.HTTP);
		assertThat(Language.near("htp")).contains(Language.HTTP);
		assertThat(Language.near("jsn")).contains(Language.JSON);
		assertThat(Language.near("JSON")).contains(Language.JSON); // the engine reads
																	// lower case only
		assertThat(Language.near("sq")).contains(Language.SQL);
		assertThat(Language.near("txt")).contains(Language.TEXT);
	}

	@Test
	void knownAndOtherLanguagesAreNoTypos() {
		assertThat(Language.near("http")).isEmpty();
		assertThat(Language.near("html")).isEmpty();
		assertThat(Language.near("java")).isEmpty();
		assertThat(Language.near("js")).isEmpty();
		assertThat(Language.near("properties")).isEmpty();
		assertThat(Language.near("s")).isEmpty();
		assertThat(Language.near(null)).isEmpty();
	}

	@Test
	void messagesNameAListingsKindAndItsMarkingFromTheLanguage() {
		assertThat(Language.SQL.named()).isEqualTo("SQL");
		assertThat(Language.TEXT.named()).isEqualTo("text");
		assertThat(Language.HTTP.marked()).isEqualTo("[source,http]");
		assertThat(Language.marking("htpp")).isEqualTo("[source,htpp]");
		assertThat(Language.marking("json", Role.ILLUSTRATIVE)).isEqualTo("[source,json,role=illustrative]");
	}

}
