package dev.exemplar.docsite;

import org.jsoup.nodes.Element;

/**
 * A table with Asciidoctor's classes, so that generated tables look like the AsciiDoc
 * ones.
 */
final class HtmlTable {

	private final Element table = new Element("table").addClass("tableblock frame-all grid-all stretch");

	private final Element body;

	HtmlTable(String... headings) {
		Element row = table.appendElement("thead").appendElement("tr");
		for (String heading : headings) {
			row.appendElement("th").addClass("tableblock halign-left valign-top").text(heading);
		}
		body = table.appendElement("tbody");
	}

	/** A row; each cell is a String (text) or an Element (appended as is). */
	Element row(Object... cells) {
		Element row = body.appendElement("tr");
		for (Object cell : cells) {
			Element td = row.appendElement("td").addClass("tableblock halign-left valign-top");
			if (cell instanceof Element element) {
				td.appendChild(element);
			}
			else if (cell != null) {
				td.appendElement("p").addClass("tableblock").text(cell.toString());
			}
		}
		return row;
	}

	Element element() {
		return new Element("div").addClass("table-scroll").appendChild(table);
	}

}
