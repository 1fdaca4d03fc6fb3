package dev.exemplar.scores;

import java.util.List;

import dev.exemplar.testsupport.ServiceTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages of {@code GET /scores} stay cheap as the table grows: with or without
 * filters, PostgreSQL reads a page off an index in id order rather than sorting the
 * table. 100,000 scores: 1,000 users times 100 exercises.
 */
@ServiceTest
class ScoreListQueryPlanTests {

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void fillTable() {
		jdbc.sql("TRUNCATE scores RESTART IDENTITY").update(); // other tests (the specs)
																// may have left rows
		jdbc.sql("""
				INSERT INTO scores (user_id, exercise_id, correct)
				SELECT u, e, (u + e) % 3 = 0 FROM generate_series(1, 1000) AS u, generate_series(1, 100) AS e
				ORDER BY random()""").update();
		jdbc.sql("ANALYZE scores").update();
	}

	@AfterEach
	void emptyTable() {
		jdbc.sql("TRUNCATE scores RESTART IDENTITY").update();
	}

	@Test
	void aPageIsReadOffAnIndexInIdOrder() {
		assertThat(planOfPage(false, false)).noneMatch(ScoreListQueryPlanTests::scansOrSorts)
			.anyMatch(line -> line.contains("Index Scan using scores_pkey"));
		assertThat(planOfPage(true, false)).noneMatch(ScoreListQueryPlanTests::scansOrSorts)
			.anyMatch(line -> line.contains("Index Scan using scores_user_id_idx"));
		assertThat(planOfPage(false, true)).noneMatch(ScoreListQueryPlanTests::scansOrSorts)
			.anyMatch(line -> line.contains("Index Scan using scores_exercise_id_idx"));
	}

	@Test
	void bothFiltersFindAtMostOneRowByTheUniqueIndex() {
		assertThat(planOfPage(true, true)).noneMatch(line -> line.contains("Seq Scan"))
			.anyMatch(line -> line.contains("Index Scan using scores_user_exercise_key") && line.contains("rows=1 "));
	}

	private static boolean scansOrSorts(String planLine) {
		return planLine.contains("Seq Scan") || planLine.contains("Sort");
	}

	private List<String> planOfPage(boolean byUser, boolean byExercise) {
		JdbcClient.StatementSpec explain = jdbc
			.sql("EXPLAIN (FORMAT TEXT) " + ScoreRepository.PAGE.formatted(ScoreRepository.where(byUser, byExercise)))
			.param("limit", 20)
			.param("offset", 0L);
		if (byUser) {
			explain = explain.param("userId", 420L);
		}
		if (byExercise) {
			explain = explain.param("exerciseId", 42L);
		}
		return explain.query(String.class).list();
	}

}
