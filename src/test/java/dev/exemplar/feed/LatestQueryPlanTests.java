package dev.exemplar.feed;

import dev.exemplar.testsupport.ServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static net.javacrumbs.jsonunit.assertj.JsonAssertions.assertThatJson;

/**
 * The latest feed must stay fast as the table grows: PostgreSQL reads {@code limit} rows
 * off the index.
 */
@ServiceTest
class LatestQueryPlanTests {

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void emptyTable() {
		jdbc.sql("TRUNCATE tweets").update();
	}

	@Test
	void latestTenReadsTenIndexEntriesOutOfFiftyThousandRows() {
		jdbc.sql("""
				INSERT INTO tweets (id, created_at, text)
				SELECT 'tweet-' || n, timestamptz '2014-01-01' + n * interval '1 minute', 'text ' || n
				FROM generate_series(1, 50000) AS n""").update();
		jdbc.sql("ANALYZE tweets").update();

		String plan = jdbc.sql("EXPLAIN (ANALYZE, FORMAT JSON) " + TweetRepository.LATEST)
			.param("limit", 10)
			.query(String.class)
			.single();

		assertThatJson(plan).inPath("[0].Plan['Node Type']").isEqualTo("Limit");
		assertThatJson(plan).inPath("[0].Plan.Plans[0]")
			.isObject()
			.containsEntry("Node Type", "Index Scan")
			.containsEntry("Index Name", "tweets_latest_idx")
			.containsEntry("Actual Rows", 10);
	}

}
