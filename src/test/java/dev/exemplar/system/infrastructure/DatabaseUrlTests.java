package dev.exemplar.system.infrastructure;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The forms of DATABASE_URL that platforms hand out, as the JDBC driver takes them. */
class DatabaseUrlTests {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					postgres://app:s3cret@db.host:5433/exemplar | jdbc:postgresql://db.host:5433/exemplar | app | s3cret
					postgresql://app:s3cret@db.host:5433/exemplar | jdbc:postgresql://db.host:5433/exemplar | app | s3cret
					postgres://app:s3cret@db.host/exemplar | jdbc:postgresql://db.host/exemplar | app | s3cret
					postgres://app:s3cret@db.host:5432/exemplar?sslmode=require | jdbc:postgresql://db.host:5432/exemplar?sslmode=require | app | s3cret
					postgres://app:s3cret@db.host?sslmode=require | jdbc:postgresql://db.host/?sslmode=require | app | s3cret
					postgres://app@[::1]:5432/exemplar | jdbc:postgresql://[::1]:5432/exemplar | app |
					postgres://db.host/exemplar | jdbc:postgresql://db.host/exemplar | |
					postgres://app:s3cret@one:5432,two:5433/ex?target_session_attrs=any | jdbc:postgresql://one:5432,two:5433/ex?target_session_attrs=any | app | s3cret
					""")
	void becomesTheJdbcUrlUserAndPassword(String url, String jdbcUrl, String username, String password) {
		assertThat(DatabaseUrl.parse(url)).isEqualTo(new DatabaseUrl(jdbcUrl, username, password));
	}

	@Test
	void decodesPercentEscapesInUserAndPasswordOnly() {
		DatabaseUrl parsed = DatabaseUrl.parse("postgres://app%40corp:p%40ss%3Aw+rd%2F%25@db:5432/ex%20db?x=a%20b");

		assertThat(parsed.username()).isEqualTo("app@corp");
		assertThat(parsed.password()).isEqualTo("p@ss:w+rd/%");
		assertThat(parsed.jdbcUrl()).isEqualTo("jdbc:postgresql://db:5432/ex%20db?x=a%20b");
	}

	@Test
	void takesTheLastAtSignAsTheEndOfTheUserAndPassword() {
		assertThat(DatabaseUrl.parse("postgres://app:p@ss@db:5432/exemplar"))
			.isEqualTo(new DatabaseUrl("jdbc:postgresql://db:5432/exemplar", "app", "p@ss"));
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "mysql://app:s3cret@db/ex", "jdbc:postgresql://db/ex", "postgres://app:s3cret@/ex", "db:5432" })
	void refusesWhatIsNotAPostgresUrlWithoutRepeatingIt(String url) {
		assertThatIllegalArgumentException().isThrownBy(() -> DatabaseUrl.parse(url))
			.withMessage("DATABASE_URL is not a PostgreSQL URL of the form "
					+ "postgres://user:password@host:port/database (or postgresql://…)")
			.withMessageNotContaining("s3cret");
	}

	@Test
	void refusesAMalformedEscapeWithoutRepeatingThePassword() {
		assertThatIllegalArgumentException().isThrownBy(() -> DatabaseUrl.parse("postgres://app:50%off@db/exemplar"))
			.withMessageStartingWith("DATABASE_URL has a malformed percent-escape in its user or password")
			.withMessageNotContaining("off");
	}

	@Test
	void neverPrintsThePassword() {
		assertThat(DatabaseUrl.parse("postgres://app:s3cret@db/exemplar")).asString().doesNotContain("s3cret");
	}

}
