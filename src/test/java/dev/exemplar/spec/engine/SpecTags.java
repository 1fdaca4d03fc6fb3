package dev.exemplar.spec.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.junit.platform.engine.TestTag;

import dev.exemplar.spec.grammar.SpecAttribute;

/**
 * A spec's JUnit tags, as written: {@code :tags: smoke} in its header tags every example,
 * {@code [tags=smoke]} above a section's heading that example. Read from the file, so
 * known at discovery, before the spec is converted.
 */
final class SpecTags {

	private static final Pattern HEADING = Pattern.compile("^={2,6}\\s+\\S.*$");

	private final List<String> lines;

	private final Set<TestTag> specTags = new LinkedHashSet<>();

	private final List<String> mistakes = new ArrayList<>();

	private SpecTags(String text, String specName) {
		this.lines = text.lines().toList();
		for (SpecAttribute.Written tag : SpecAttribute.TAGS.inHeader(lines)) {
			if (valid(tag, specName)) {
				specTags.add(TestTag.create(tag.value()));
			}
		}
		SpecAttribute.TAGS.onSections(lines).forEach(tag -> valid(tag, specName));
	}

	/** The spec's tags; none when it cannot be read (its run says why). */
	static SpecTags read(Path source, String specName) {
		try {
			return new SpecTags(Files.readString(source, StandardCharsets.ISO_8859_1), specName);
		}
		catch (IOException e) {
			return new SpecTags("", specName);
		}
	}

	/** Tags JUnit does not take, by file and line: the spec does not run. */
	List<String> mistakes() {
		return mistakes;
	}

	/** The tags of the example whose heading is at this line: the spec's and its own. */
	Set<TestTag> of(int headingLine) {
		Set<TestTag> tags = new LinkedHashSet<>(specTags);
		SpecAttribute.TAGS.aboveHeading(lines, headingLine)
			.stream()
			.filter(tag -> TestTag.isValid(tag.value()))
			.forEach(tag -> tags.add(TestTag.create(tag.value())));
		return tags;
	}

	/** Each section's tags, in document order; the spec's alone when it has none. */
	List<Set<TestTag>> sections() {
		List<Set<TestTag>> sections = IntStream.range(0, lines.size())
			.filter(i -> HEADING.matcher(lines.get(i)).matches())
			.mapToObj(i -> of(i + 1))
			.toList();
		return sections.isEmpty() ? List.of(Set.copyOf(specTags)) : sections;
	}

	private boolean valid(SpecAttribute.Written tag, String specName) {
		if (!TestTag.isValid(tag.value())) {
			mistakes.add(specName + ":" + tag.line() + ": '" + tag.value()
					+ "' is not a JUnit tag: a tag has no blank, comma, parenthesis, '&', '|' or '!'");
		}
		return TestTag.isValid(tag.value());
	}

}
