package dev.exemplar.feed;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import dev.exemplar.system.requests.PlainText;

/**
 * A stored tweet, as clients post it and read it back. The id is the client's, as in the
 * original service, so posting the same tweet twice is detectable.
 */
public record Tweet(
		@NotBlank @Size(max = Tweet.MAX_ID_LENGTH) @Pattern(regexp = "[A-Za-z0-9_-]+",
				message = "may only hold letters, digits, '_' and '-'") String id,
		@NotNull OffsetDateTime createdAt, @NotBlank @PlainText(max = Tweet.MAX_TEXT_LENGTH) String text,
		@PlainText(max = Tweet.MAX_SOURCE_LENGTH) String source, Boolean retweeted, @Valid TweetUser user) {

	static final int MAX_ID_LENGTH = 64;
	static final int MAX_TEXT_LENGTH = 280;
	static final int MAX_SOURCE_LENGTH = 200;

	public Tweet {
		retweeted = retweeted != null && retweeted;
		// Answered in UTC whatever offset the client sent, as the database gives it back.
		createdAt = createdAt == null ? null : createdAt.withOffsetSameInstant(ZoneOffset.UTC);
	}

	/** The author of a tweet; only its id is kept. */
	public record TweetUser(@NotBlank @PlainText(max = MAX_ID_LENGTH) String id) {
	}
}
