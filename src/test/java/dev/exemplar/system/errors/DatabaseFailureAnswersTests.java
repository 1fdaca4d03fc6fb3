package dev.exemplar.system.errors;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A transaction that could not end (its connection timed out mid-wait, so neither commit
 * nor rollback reached the database) is the database failing, answered as the database
 * away is: 503, never 500. Not reachable in a spec: it takes a statement outliving the
 * driver's socket timeout.
 */
class DatabaseFailureAnswersTests {

	private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Failing())
		.setControllerAdvice(new ProblemDetailsAdvice())
		.build();

	@Test
	void aTransactionThatCouldNotEndIsTheDatabaseAway() throws Exception {
		mvc.perform(get("/rollback-failed"))
			.andExpect(status().isServiceUnavailable())
			.andExpect(content().contentType("application/problem+json"))
			.andExpect(jsonPath("$.detail").value("The database is not answering; try again later."));
	}

	@RestController
	static class Failing {

		@GetMapping("/rollback-failed")
		void rollbackFailed() {
			throw new TransactionSystemException("JDBC rollback failed",
					new SQLException("This connection has been closed."));
		}

	}

}
