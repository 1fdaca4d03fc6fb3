package dev.exemplar.scores;

import java.util.List;

/**
 * One page of {@code GET /scores}: the page and size asked for, and how many scores match
 * on all pages.
 */
public record ScorePage(List<Score> items, int page, int size, long total) {
}
