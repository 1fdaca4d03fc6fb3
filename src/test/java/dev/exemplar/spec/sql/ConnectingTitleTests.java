package dev.exemplar.spec.sql;

import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

import dev.exemplar.spec.matching.Captures;
import dev.exemplar.spec.reading.SourceLine;
import dev.exemplar.spec.reading.SpecError;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The titles of SQL blocks: each part substituted on its own, JDBC URLs as they are,
 * libpq URIs turned into JDBC URLs.
 */
class ConnectingTitleTests {

	private static final SourceLine WHERE = new SourceLine("specs/db.adoc", 12);

	private static final Map<String, String> CAPTURED = Map.of("${user}", "tenant_1", "${password}", "p@ss word:/?",
			"${url}", "jdbc:postgresql://db.example:5433/tenant_1?sslmode=disable");

	@Test
	void aJdbcUrlIsUsedAsItIsWithTheTitlesUserAndPasswordEachSubstitutedWhole() {
		DatabaseAddress address = read("Connecting as ${user} with password ${password} to ${url}");

		assertThat(address).isEqualTo(new DatabaseAddress("jdbc:postgresql://db.example:5433/tenant_1?sslmode=disable",
				Optional.of("tenant_1"), Optional.of("p@ss word:/?")));
		assertThat(address.toString()).doesNotContain("p@ss").contains("with password " + Captures.MASK);
	}

	@Test
	void aLibpqUriGivesItsUserAndDecodedPasswordUnlessTheTitleNamesThem() {
		assertThat(read("Connecting to postgresql://tenant_1:p%40ss%20word@127.0.0.1:5432/tenant_1?sslmode=disable."))
			.isEqualTo(new DatabaseAddress("jdbc:postgresql://127.0.0.1:5432/tenant_1?sslmode=disable",
					Optional.of("tenant_1"), Optional.of("p@ss word")));
		assertThat(read("Connecting as other to postgres://tenant_1@[::1]/db"))
			.isEqualTo(new DatabaseAddress("jdbc:postgresql://[::1]/db", Optional.of("other"), Optional.empty()));
		assertThat(read("connecting to postgresql://localhost"))
			.isEqualTo(new DatabaseAddress("jdbc:postgresql://localhost/", Optional.empty(), Optional.empty()));
	}

	@Test
	void whatIsNoPostgresqlAddressIsTheSpecsMistakeWithoutItsPassword() {
		assertThatThrownBy(() -> read("Connecting as x with password s3cret to mysql://s3cret@host/db"))
			.isInstanceOf(SpecError.class)
			.hasMessageStartingWith("specs/db.adoc:12: 'mysql://********@host/db' is not where");
		assertThatThrownBy(() -> read("Connecting to postgresql:///db")).hasMessageContaining("names no host");
		assertThatThrownBy(() -> read("Connecting to postgresql://host/a%zz")).hasMessageContaining("is not a URI");
		assertThatThrownBy(() -> read("Connecting somewhere")).hasMessageContaining("is not a title the engine reads");
	}

	@Test
	void aTitleMayKeepItsSessionForALaterBlockThatContinuesIt() {
		String keeping = "Connecting as ${user} with password ${password} to ${url}, keeping the session as old";

		assertThat(read(keeping)).isEqualTo(read("Connecting as ${user} with password ${password} to ${url}"));
		assertThat(ConnectingTitle.keptAs(keeping)).hasValue("old");
		assertThat(ConnectingTitle.keptAs("Connecting to ${url}")).isEmpty();
		assertThat(ConnectingTitle.continued("Continuing the session old")).hasValue("old");
		assertThat(ConnectingTitle.continued(keeping)).isEmpty();
	}

	@Test
	void theCapturesATitleUsesAsPasswordsAreFound() {
		assertThat(ConnectingTitle.PASSWORD_CAPTURE.matcher("Connecting as ${u} with password ${secret} to ${url}")
			.results()
			.map(match -> match.group(1))
			.toList()).containsExactly("secret");
		assertThat(ConnectingTitle.PASSWORD_CAPTURE.matcher("Connecting to postgresql://${u}:${pw}@host/db")
			.results()
			.map(match -> match.group(2))
			.toList()).containsExactly("pw");
	}

	private static DatabaseAddress read(String title) {
		UnaryOperator<String> substitute = part -> CAPTURED.getOrDefault(part, part);
		return ConnectingTitle.read(title, substitute, WHERE);
	}

}
