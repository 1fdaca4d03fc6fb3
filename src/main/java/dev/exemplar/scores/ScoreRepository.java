package dev.exemplar.scores;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

@Repository
class ScoreRepository {

	private static final String COLUMNS = "id, user_id, exercise_id, correct, created_at, updated_at";

	/**
	 * Create or update in one statement, so concurrent calls for the same user and
	 * exercise cannot both insert: the loser of the race waits for the winner's row and
	 * updates it. {@code xmax = 0} holds only for a row this statement inserted. The
	 * update takes {@code clock_timestamp()}, not {@code now()}: {@code now()} is when
	 * the statement began, which may be before a concurrent insert it waited for was
	 * stamped.
	 */
	static final String UPSERT = """
			INSERT INTO scores (user_id, exercise_id, correct)
			VALUES (:userId, :exerciseId, :correct)
			ON CONFLICT (user_id, exercise_id)
			DO UPDATE SET correct = EXCLUDED.correct, updated_at = clock_timestamp()
			RETURNING %s, (xmax = 0) AS inserted""".formatted(COLUMNS);

	private final JdbcClient jdbc;

	ScoreRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @return the new score, or empty when that user has a score for that exercise
	 * already (nothing is written then)
	 */
	Optional<Score> insert(NewScore score) {
		return jdbc.sql("""
				INSERT INTO scores (user_id, exercise_id, correct)
				VALUES (:userId, :exerciseId, :correct)
				ON CONFLICT (user_id, exercise_id) DO NOTHING
				RETURNING %s""".formatted(COLUMNS))
			.param("userId", score.userId())
			.param("exerciseId", score.exerciseId())
			.param("correct", score.correct())
			.query(ScoreRepository::score)
			.optional();
	}

	Written put(long userId, long exerciseId, boolean correct) {
		return jdbc.sql(UPSERT)
			.param("userId", userId)
			.param("exerciseId", exerciseId)
			.param("correct", correct)
			.query((rs, row) -> new Written(score(rs, row), rs.getBoolean("inserted")))
			.single();
	}

	Optional<Score> findById(long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM scores WHERE id = :id")
			.param("id", id)
			.query(ScoreRepository::score)
			.optional();
	}

	boolean delete(long id) {
		return jdbc.sql("DELETE FROM scores WHERE id = :id").param("id", id).update() == 1;
	}

	/** A page by id, and the count on all pages, seen in one snapshot. */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	ScorePage page(Long userId, Long exerciseId, int page, int size) {
		String where = where(userId != null, exerciseId != null);
		List<Score> items = filtered(jdbc.sql(PAGE.formatted(where)), userId, exerciseId).param("limit", size)
			.param("offset", (long) page * size)
			.query(ScoreRepository::score)
			.list();
		long total = filtered(jdbc.sql(COUNT.formatted(where)), userId, exerciseId).query(Long.class).single();
		return new ScorePage(items, page, size, total);
	}

	static final String PAGE = "SELECT " + COLUMNS + " FROM scores%s ORDER BY id LIMIT :limit OFFSET :offset";

	static final String COUNT = "SELECT count(*) FROM scores%s";

	/**
	 * Names only the filters given, rather than
	 * {@code (:userId IS NULL OR user_id = :userId)}, so that PostgreSQL plans each
	 * combination with its index.
	 */
	static String where(boolean byUser, boolean byExercise) {
		List<String> conditions = new ArrayList<>();
		if (byUser) {
			conditions.add("user_id = :userId");
		}
		if (byExercise) {
			conditions.add("exercise_id = :exerciseId");
		}
		return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
	}

	Summary summary(long userId) {
		return jdbc.sql("""
				SELECT count(*) AS answered, count(*) FILTER (WHERE correct) AS correct
				FROM scores WHERE user_id = :userId""")
			.param("userId", userId)
			.query((rs, row) -> Summary.of(userId, rs.getLong("answered"), rs.getLong("correct")))
			.single();
	}

	private static JdbcClient.StatementSpec filtered(JdbcClient.StatementSpec statement, Long userId, Long exerciseId) {
		if (userId != null) {
			statement = statement.param("userId", userId);
		}
		if (exerciseId != null) {
			statement = statement.param("exerciseId", exerciseId);
		}
		return statement;
	}

	private static Score score(ResultSet rs, int row) throws SQLException {
		return new Score(rs.getLong("id"), rs.getLong("user_id"), rs.getLong("exercise_id"), rs.getBoolean("correct"),
				rs.getObject("created_at", OffsetDateTime.class), rs.getObject("updated_at", OffsetDateTime.class));
	}

	/** A score as PUT left it, and whether PUT created it. */
	record Written(Score score, boolean created) {
	}

}
