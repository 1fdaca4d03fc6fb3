package dev.exemplar.databases;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TenantBoundsTests {

	@Test
	void aServerHoldsNoMoreDatabasesThanItsCapacityNorItsConnectionsAllow() {
		TenantBounds bounds = bounds(5, 100, 10);

		assertThat(bounds.databasesOn(97, null)).as("PostgreSQL's default 100 connections, less 3 for superusers")
			.isEqualTo(17);
		assertThat(bounds.databasesOn(10_000, null)).as("its capacity").isEqualTo(100);
		assertThat(bounds.databasesOn(10_000, 7)).as("a capacity of its own").isEqualTo(7);
		assertThat(bounds.databasesOn(97, 50)).as("its connections still").isEqualTo(17);
		assertThat(bounds.databasesOn(5, null)).as("fewer connections than it keeps").isZero();
	}

	@Test
	void aDatabaseHasAtLeastOneConnection() {
		assertThatThrownBy(() -> bounds(0, 100, 10)).hasMessageContaining("DATABASES_CONNECTIONS");
	}

	@Test
	void aTimeoutOfZeroWouldBeNone() {
		assertThatThrownBy(() -> new TenantBounds(5, Duration.ZERO, Duration.ofMinutes(1), Duration.ofMinutes(10),
				DataSize.ofMegabytes(256), 100, 10, DataSize.ofMegabytes(256), Duration.ofMinutes(1)))
			.hasMessageContaining("at least 1 ms");
	}

	private static TenantBounds bounds(int connections, int capacity, int kept) {
		return new TenantBounds(connections, Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(10),
				DataSize.ofMegabytes(256), capacity, kept, DataSize.ofMegabytes(256), Duration.ofMinutes(1));
	}

}
