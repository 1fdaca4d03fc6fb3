package dev.exemplar.scores;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/**
 * The body of {@code POST /scores}. Boxed, so that a missing field is told apart from
 * {@code 0} or {@code false}.
 */
public record NewScore(@NotNull @Positive Long userId, @NotNull @Positive Long exerciseId, @NotNull Boolean correct) {
}
