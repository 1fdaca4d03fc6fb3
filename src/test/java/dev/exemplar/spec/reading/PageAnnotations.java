package dev.exemplar.spec.reading;

import nu.xom.Attribute;
import nu.xom.Element;

import dev.exemplar.spec.grammar.Command;
import dev.exemplar.spec.results.PageMarkup;

/**
 * What the reading writes on the page before Concordion parses it: each block's command
 * (in the engine's namespace), the classes the page's style shows, and the sections that
 * are examples (Concordion's attributes).
 */
final class PageAnnotations {

	static final String CONCORDION = "http://www.concordion.org/2007/concordion";

	private PageAnnotations() {
	}

	static void command(Element element, Command command, String value) {
		element.addAttribute(new Attribute(command.attribute(), Command.NAMESPACE, value));
	}

	static void addClass(Element element, String name) {
		element.addAttribute(new Attribute("class", element.getAttributeValue("class") + " " + name));
	}

	/** Concordion's name of the example a section is, null when it is none (yet). */
	static String exampleName(Element section) {
		return section.getAttributeValue("example", CONCORDION);
	}

	/**
	 * Makes the section an example, under this name; a pending one is expected to fail.
	 */
	static void markExample(Element section, String name, boolean pending) {
		section.addAttribute(new Attribute("concordion:example", CONCORDION, name));
		if (pending) {
			section.addAttribute(new Attribute("concordion:status", CONCORDION, "ExpectedToFail"));
		}
		addClass(section, PageMarkup.EXAMPLE);
	}

	static void attribute(Element element, String name, String value) {
		element.addAttribute(new Attribute(name, value));
	}

}
