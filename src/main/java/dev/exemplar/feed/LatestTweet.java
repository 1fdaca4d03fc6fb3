package dev.exemplar.feed;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One item of the latest feed: the shape of the original service's {@code __json__}. */
public record LatestTweet(String id, String text, OffsetDateTime createdAt,
		@JsonInclude(JsonInclude.Include.NON_NULL) String user) {
}
