package dev.exemplar.scores;

import jakarta.validation.constraints.NotNull;

/**
 * The body of {@code PUT /users/{user_id}/exercises/{exercise_id}/score}: the user and
 * exercise are in the path.
 */
public record Answer(@NotNull Boolean correct) {
}
