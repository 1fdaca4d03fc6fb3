package dev.exemplar.spec.reading;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.concordion.api.Element;

import dev.exemplar.spec.grammar.Role;
import dev.exemplar.spec.results.PageMarkup;

/**
 * Reading the converted spec's blocks: a listing's text, a block's line in the source.
 */
public final class SpecBlocks {

	private static final Pattern LINE = Pattern.compile("\\b" + PageMarkup.SOURCE_LINE_PREFIX + "(\\d+)\\b");

	private SpecBlocks() {
	}

	/**
	 * The source line, which {@link SourceLineRoles} recorded as a role of the block; 0
	 * when unknown.
	 */
	public static int line(Element block) {
		return line(block.getAttributeValue("class"));
	}

	/** The source line among these class names; 0 when unknown. */
	public static int line(String classNames) {
		Matcher line = LINE.matcher(String.valueOf(classNames));
		return line.find() ? Integer.parseInt(line.group(1)) : 0;
	}

	/**
	 * Whether the block comes from an included file, as {@link SourceLineRoles} recorded.
	 */
	public static boolean included(Element block) {
		return Role.INCLUDED.in(block.getAttributeValue("class"));
	}

	public static String listingText(Element block) {
		Element pre = block.getFirstDescendantNamed("pre");
		return pre == null ? block.getText() : pre.getText();
	}

}
