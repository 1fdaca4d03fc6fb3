package dev.exemplar.databases;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Names and addresses handed to the tenant server and to clients. */
class TenantNamesTests {

	@Test
	void namesAreTheServicesOwnAndUnlikeEachOther() {
		String name = TenantNames.next();

		assertThat(name).matches("exdb_[a-z0-9]{16}");
		assertThat(TenantNames.isOurs(name)).isTrue();
		assertThat(TenantNames.next()).isNotEqualTo(name);
		assertThat(TenantNames.quoted(name)).isEqualTo('"' + name + '"');
	}

	@Test
	void onlyTheServicesNamesAreQuotedIntoStatements() {
		for (String foreign : new String[] { "postgres", "exdb_", "exdb_AAAAAAAAAAAAAAAA",
				"exdb_aaaaaaaaaaaaaaaa\"; DROP ROLE x; --" }) {
			assertThat(TenantNames.isOurs(foreign)).isFalse();
			assertThatIllegalArgumentException().isThrownBy(() -> TenantNames.quoted(foreign));
		}
	}

	@Test
	void passwordsAreLongRandomAndSentAsVerifiers() {
		String password = Passwords.next();

		assertThat(password).matches("[A-Za-z0-9_-]{43}").isNotEqualTo(Passwords.next());
		assertThat(Passwords.verifier(password)).startsWith("SCRAM-SHA-256$4096:").doesNotContain(password);
	}

	@Test
	void anIpv6HostIsBracketedInUrls() {
		TenantServer server = new TenantServer("main", null, "::1", 5433, null, null);

		assertThat(server.jdbcUrl("exdb_a")).isEqualTo("jdbc:postgresql://[::1]:5433/exdb_a");
		assertThat(server.uri("exdb_a", null, "exdb_a")).isEqualTo("postgresql://exdb_a@[::1]:5433/exdb_a");
		assertThat(server.uri("exdb_a", "secret", "exdb_a")).isEqualTo("postgresql://exdb_a:secret@[::1]:5433/exdb_a");
	}

	@Test
	void theSslmodeTheDeploymentSetsReachesBothUrls() {
		TenantServer server = new TenantServer("main", null, "db.example.org", 5432, "verify-full", null);

		assertThat(server.jdbcUrl("exdb_a"))
			.isEqualTo("jdbc:postgresql://db.example.org:5432/exdb_a?sslmode=verify-full");
		assertThat(server.uri("exdb_a", "secret", "exdb_a"))
			.isEqualTo("postgresql://exdb_a:secret@db.example.org:5432/exdb_a?sslmode=verify-full");
	}

	@Test
	void anSslmodePostgreSqlDoesNotKnowIsRefused() {
		assertThatThrownBy(
				() -> new DatabasesProperties(3, "main", null, null, null, null, null, "required", null, null, null))
			.hasMessageContaining("DATABASES_PUBLIC_SSLMODE must be one of");
	}

}
