package dev.exemplar.feed;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class TweetRepository {

	/**
	 * Ordered as tweets_latest_idx, so the database reads only {@code limit} rows off the
	 * index. Public for the benchmark that runs this very query through pgbench beside
	 * the service.
	 */
	public static final String LATEST = """
			SELECT id, text, created_at, "user"->>'id' AS user_id
			FROM tweets
			ORDER BY created_at DESC, id DESC
			LIMIT :limit""";

	private final JdbcClient jdbc;

	TweetRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @return false when a tweet with that id exists already (nothing is written then)
	 */
	boolean insert(Tweet tweet) {
		return jdbc.sql("""
				INSERT INTO tweets (id, created_at, text, source, retweeted, "user")
				VALUES (:id, :createdAt, :text, :source, :retweeted,
				        CASE WHEN CAST(:userId AS text) IS NULL THEN NULL
				             ELSE jsonb_build_object('id', CAST(:userId AS text)) END)
				ON CONFLICT (id) DO NOTHING""")
			.param("id", tweet.id())
			.param("createdAt", tweet.createdAt())
			.param("text", tweet.text())
			.param("source", tweet.source())
			.param("retweeted", tweet.retweeted())
			.param("userId", tweet.user() == null ? null : tweet.user().id())
			.update() == 1;
	}

	Optional<Tweet> findById(String id) {
		return jdbc.sql("""
				SELECT id, created_at, text, source, retweeted, "user"->>'id' AS user_id
				FROM tweets WHERE id = :id""").param("id", id).query(TweetRepository::tweet).optional();
	}

	List<LatestTweet> latest(int limit) {
		return jdbc.sql(LATEST)
			.param("limit", limit)
			.query((rs, row) -> new LatestTweet(rs.getString("id"), rs.getString("text"),
					rs.getObject("created_at", OffsetDateTime.class), rs.getString("user_id")))
			.list();
	}

	private static Tweet tweet(ResultSet rs, int row) throws SQLException {
		String userId = rs.getString("user_id");
		return new Tweet(rs.getString("id"), rs.getObject("created_at", OffsetDateTime.class), rs.getString("text"),
				rs.getString("source"), rs.getBoolean("retweeted"),
				userId == null ? null : new Tweet.TweetUser(userId));
	}

}
