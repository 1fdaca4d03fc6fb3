package dev.exemplar.scores;

/**
 * How a user has done. {@code ratio} is {@code correct / answered}, unrounded, and null
 * for a user who has answered nothing: 0 would claim that every answer was wrong.
 */
public record Summary(long userId, long answered, long correct, Double ratio) {

	static Summary of(long userId, long answered, long correct) {
		return new Summary(userId, answered, correct, answered == 0 ? null : (double) correct / answered);
	}
}
