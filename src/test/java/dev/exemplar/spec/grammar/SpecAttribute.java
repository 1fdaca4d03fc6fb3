package dev.exemplar.spec.grammar;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The attributes an author gives a whole spec, in its header
 * ({@code :needs: empty-database}, {@code :tags: smoke}), or one example, on the
 * attribute line above its section's heading ({@code [needs=empty-database]},
 * {@code [tags="smoke,slow"]}). A value lists names, comma-separated. Read from the
 * spec's text, as written, each name with its line.
 */
public enum SpecAttribute {

	/** What the run must offer besides the service: {@code empty-database}. */
	NEEDS("needs"),

	/** JUnit tags, which {@code -Dgroups} and {@code -DexcludedGroups} select by. */
	TAGS("tags");

	private final String name;

	private final Pattern header;

	private final Pattern section;

	SpecAttribute(String name) {
		this.name = name;
		this.header = Pattern.compile("^:" + name + ":\\s*(.*?)\\s*$");
		this.section = Pattern.compile("\\[(?:[^\\]]*,)?\\s*" + name + "=(?:\"([^\"]*)\"|([^,\\]]*))");
	}

	/** As the author writes it. */
	public String written() {
		return name;
	}

	/** One name given, and its line (from 1). */
	public record Written(String value, int line) {
	}

	/** The names the spec's header gives (its lines up to the first blank one). */
	public List<Written> inHeader(List<String> lines) {
		List<Written> found = new ArrayList<>();
		for (int i = 0; i < lines.size() && !lines.get(i).isBlank(); i++) {
			Matcher given = header.matcher(lines.get(i).strip());
			if (given.matches()) {
				split(given.group(1), i + 1, found);
			}
		}
		return found;
	}

	/** The names every attribute line of the spec gives, wherever it stands. */
	public List<Written> onSections(List<String> lines) {
		List<Written> found = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			onLine(lines, i, found);
		}
		return found;
	}

	/** The names the attribute lines right above a heading give. */
	public List<Written> aboveHeading(List<String> lines, int headingLine) {
		List<Written> found = new ArrayList<>();
		for (int i = headingLine - 2; i >= 0 && i < lines.size() && lines.get(i).strip().startsWith("["); i--) {
			onLine(lines, i, found);
		}
		return found;
	}

	private void onLine(List<String> lines, int index, List<Written> found) {
		String line = lines.get(index).strip();
		if (!line.startsWith("[") || !line.contains(name + "=")) {
			return; // most lines of a spec, listings' attribute lines too: no regex for
					// them
		}
		Matcher given = section.matcher(line);
		if (given.lookingAt()) {
			split(given.group(1) != null ? given.group(1) : given.group(2), index + 1, found);
		}
	}

	private static void split(String value, int line, List<Written> found) {
		for (String part : value.split(",")) {
			if (!part.isBlank()) {
				found.add(new Written(part.strip(), line));
			}
		}
	}

}
