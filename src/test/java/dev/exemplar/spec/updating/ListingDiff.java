package dev.exemplar.spec.updating;

import java.util.List;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;

/**
 * A change to a spec's source as a unified diff, with the spec's own line numbers: as
 * {@code git diff} shows it.
 */
final class ListingDiff {

	private static final int CONTEXT = 2;

	private ListingDiff() {
	}

	static String of(String name, String before, String after) {
		List<String> original = List.of(before.split("\\R", -1));
		List<String> revised = List.of(after.split("\\R", -1));
		return String.join("\n", UnifiedDiffUtils.generateUnifiedDiff("a/" + name, "b/" + name, original,
				DiffUtils.diff(original, revised), CONTEXT));
	}

}
