package dev.exemplar.spec.reading;

import java.util.List;
import java.util.regex.Pattern;

import nu.xom.Element;
import nu.xom.Elements;
import nu.xom.ParentNode;

import dev.exemplar.spec.grammar.Role;

/**
 * Reading the converted page (XOM, before Concordion parses it): its headings, listings
 * and tables, and what each says of itself (title, language, text, section, roles).
 */
final class PageBlocks {

	private static final Pattern SECTION = Pattern.compile("\\bsect[1-5]\\b");

	private PageBlocks() {
	}

	/**
	 * The {@code h1} headings, and the listing blocks and tables, each in document order:
	 * one walk of the page (an XPath query compiles at every call, and a union sorts its
	 * nodes: a fifth of a long spec's run went to them).
	 */
	static void collect(Element element, List<Element> headings, List<Element> blocks) {
		String name = element.getLocalName();
		if (name.equals("h1")) {
			headings.add(element);
		}
		else if (name.equals("div") && hasClass(element, "listingblock")
				|| name.equals("table") && hasClass(element, "tableblock")) {
			blocks.add(element);
		}
		Elements children = element.getChildElements();
		for (int i = 0; i < children.size(); i++) {
			collect(children.get(i), headings, blocks);
		}
	}

	static boolean isTable(Element block) {
		return block.getLocalName().equals("table");
	}

	static Element enclosingSection(Element block) {
		for (ParentNode node = block.getParent(); node instanceof Element element; node = element.getParent()) {
			if (element.getLocalName().equals("div")
					&& SECTION.matcher(String.valueOf(element.getAttributeValue("class"))).find()) {
				return element;
			}
		}
		return null;
	}

	static Element firstHeading(Element section) {
		for (int i = 0; i < section.getChildElements().size(); i++) {
			Element child = section.getChildElements().get(i);
			if (child.getLocalName().matches("h[1-6]")) {
				return child;
			}
		}
		return null;
	}

	static String caption(Element table) {
		Element caption = table.getFirstChildElement("caption");
		return caption == null ? "" : caption.getValue().strip();
	}

	static String blockTitle(Element block) {
		Elements children = block.getChildElements("div");
		for (int i = 0; i < children.size(); i++) {
			if ("title".equals(children.get(i).getAttributeValue("class"))) {
				return children.get(i).getValue().strip();
			}
		}
		return "";
	}

	/** The text of a listing block, its title aside. */
	static String listingText(Element block) {
		Element pre = firstPre(block);
		return pre == null ? "" : pre.getValue().strip();
	}

	/**
	 * The first {@code pre} under the element, in document order: a walk, as an XPath
	 * query compiles at every call (it cost a long spec's reading a tenth of its time).
	 */
	private static Element firstPre(Element element) {
		Elements children = element.getChildElements();
		for (int i = 0; i < children.size(); i++) {
			Element child = children.get(i);
			Element pre = child.getLocalName().equals("pre") ? child : firstPre(child);
			if (pre != null) {
				return pre;
			}
		}
		return null;
	}

	/**
	 * The {@code data-lang} of the block's first {@code code} that has one, in document
	 * order.
	 */
	static String language(Element element) {
		Elements children = element.getChildElements();
		for (int i = 0; i < children.size(); i++) {
			Element child = children.get(i);
			String language = child.getLocalName().equals("code") ? child.getAttributeValue("data-lang") : null;
			if (language == null) {
				language = language(child);
			}
			if (language != null) {
				return language;
			}
		}
		return null;
	}

	static boolean has(Element element, Role role) {
		return role.in(element.getAttributeValue("class"));
	}

	private static boolean hasClass(Element element, String name) {
		return (" " + element.getAttributeValue("class") + " ").contains(" " + name + " ");
	}

}
