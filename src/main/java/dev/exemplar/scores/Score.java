package dev.exemplar.scores;

import java.time.OffsetDateTime;

/**
 * A stored score, as the service answers it; every field is set by the service or taken
 * from the request.
 */
public record Score(long id, long userId, long exerciseId, boolean correct, OffsetDateTime createdAt,
		OffsetDateTime updatedAt) {
}
