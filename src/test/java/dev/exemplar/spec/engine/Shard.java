package dev.exemplar.spec.engine;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import dev.exemplar.spec.api.ConfigurationKeys;

/**
 * The K-th of N parts of the specs ({@code -Dspecs.shard=2/3}), so that N machines run
 * the suite between them: the specs in path order, dealt round-robin. The same specs make
 * the same parts; every spec is in exactly one.
 *
 * @param index 1 to count
 */
record Shard(int index, int count) {

	private static final Pattern TEXT = Pattern.compile("(\\d+)/(\\d+)");

	static Shard parse(String text) {
		Matcher matcher = TEXT.matcher(text.strip());
		if (!matcher.matches()) {
			throw new IllegalArgumentException(
					ConfigurationKeys.SHARD + " is K/N (the K-th of N parts, 1 <= K <= N), not '" + text + "'");
		}
		int index = Integer.parseInt(matcher.group(1));
		int count = Integer.parseInt(matcher.group(2));
		if (index < 1 || index > count) {
			throw new IllegalArgumentException(
					ConfigurationKeys.SHARD + " is K/N with 1 <= K <= N, not '" + text + "'");
		}
		return new Shard(index, count);
	}

	/**
	 * @param paths every spec selected, sorted
	 */
	List<String> of(List<String> paths) {
		return IntStream.range(0, paths.size()).filter(i -> i % count == index - 1).mapToObj(paths::get).toList();
	}
}
