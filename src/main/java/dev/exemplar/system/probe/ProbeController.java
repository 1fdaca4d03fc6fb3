package dev.exemplar.system.probe;

import java.sql.SQLException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * For load balancers, as in the original service: {@code OK} while the database answers.
 * When it does not, the answer is a 503 problem from
 * {@link dev.exemplar.system.errors.ProblemDetailsAdvice}, and at once when the pool
 * holds no connection at all: the pool keeps as many as it may while the database
 * answers, and loses them all only when it does not (it reconnects by itself in the
 * background; the probe does not wait for it).
 */
@RestController
class ProbeController {

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	ProbeController(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
	}

	@GetMapping("/probe_status")
	ResponseEntity<String> probe() {
		if (poolIsEmpty()) {
			throw new CannotGetJdbcConnectionException(
					"The pool holds no connection: the database refused the last attempts");
		}
		jdbc.sql("SELECT 1").query(Integer.class).single();
		return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body("OK");
	}

	private boolean poolIsEmpty() {
		try {
			HikariPoolMXBean pool = dataSource.isWrapperFor(HikariDataSource.class)
					? dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean() : null;
			return pool != null && pool.getTotalConnections() == 0;
		}
		catch (SQLException e) {
			return false;
		}
	}

}
