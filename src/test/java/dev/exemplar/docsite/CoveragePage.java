package dev.exemplar.docsite;

import java.util.List;

import org.jsoup.nodes.Element;

/**
 * The coverage table: each operation and response code against the examples that exercise
 * it.
 */
final class CoveragePage {

	static final String PATH = "coverage.html";

	private static final int SHOWN = 5;

	private CoveragePage() {
	}

	static Page build(Coverage coverage, boolean specsRan, String sourcePath) {
		Element content = new Element("div").addClass("coverage");
		List<Coverage.Row> rows = coverage.rows();
		long declared = rows.stream().filter(Coverage.Row::declared).count();
		long uncovered = coverage.uncovered();
		long undeclared = rows.size() - declared;
		Element summary = content.appendElement("div").addClass("coverage-summary");
		summary.appendElement("p")
			.text(specsRan
					? (declared - uncovered) + " of " + declared + " documented responses are exercised by an example; "
							+ uncovered + " " + (uncovered == 1 ? "is" : "are") + " not (marked “no example”)."
							+ (undeclared == 0 ? "" : " " + undeclared + " response code"
									+ (undeclared == 1 ? " was" : "s were")
									+ " answered that the contract does not document (marked “not in the contract”).")
					: "No specs ran in this build, so no response is exercised by an example.");
		summary.appendElement("p")
			.text("An example counts for every exchange it makes: the request's method and path are "
					+ "matched to the contract's path templates, and the response's status to the documented codes.");

		Element section = content.appendElement("div").addClass("sect1");
		section.appendElement("h2").id("responses").text("Responses by operation");
		HtmlTable table = new HtmlTable("Operation", "Code", "Examples");
		for (Coverage.Row row : rows) {
			Element code = new Element("span")
				.appendChild(new Element("code").addClass("status-code").text(row.code()));
			if (!row.declared()) {
				code.appendElement("span").addClass("not-in-contract").text(" not in the contract");
			}
			table.row(ApiReferencePage.operationLink(row.operation(), ""), code, examplesCell(row, ""))
				.addClass(rowClass(row));
		}
		section.appendElement("div").addClass("sectionbody").appendChild(table.element());

		if (!coverage.strays().isEmpty()) {
			Element strays = content.appendElement("div").addClass("sect1");
			strays.appendElement("h2").id("not-in-the-contract").text("Requests not in the contract");
			Element body = strays.appendElement("div").addClass("sectionbody");
			body.appendElement("p").text("These exchanges match no operation of the contract.");
			HtmlTable strayTable = new HtmlTable("Request", "Status", "Example");
			for (Coverage.Stray stray : coverage.strays()) {
				strayTable
					.row(new Element("code").text(stray.exchange().method() + " " + stray.exchange().path()),
							String.valueOf(stray.exchange().status()), exampleLink(stray.example(), ""))
					.addClass("stray");
			}
			body.appendChild(strayTable.element());
		}
		return new Page(PATH, "API coverage", content, sourcePath, "coverage-page");
	}

	static String rowClass(Coverage.Row row) {
		if (!row.declared()) {
			return "coverage-undeclared";
		}
		return row.examples().isEmpty() ? "coverage-missing" : "coverage-covered";
	}

	static Element examplesCell(Coverage.Row row, String toRoot) {
		if (row.examples().isEmpty()) {
			return new Element("span").addClass("no-example").text("no example");
		}
		Element cell = new Element("div");
		Element list = cell.appendElement("ul").addClass("example-refs");
		List<Coverage.ExampleRef> refs = row.examples();
		refs.stream().limit(SHOWN).forEach(ref -> list.appendElement("li").appendChild(exampleLink(ref, toRoot)));
		if (refs.size() > SHOWN) {
			Element more = cell.appendElement("details").addClass("more-examples");
			more.appendElement("summary").text((refs.size() - SHOWN) + " more");
			Element rest = more.appendElement("ul").addClass("example-refs");
			refs.stream().skip(SHOWN).forEach(ref -> rest.appendElement("li").appendChild(exampleLink(ref, toRoot)));
		}
		return cell;
	}

	private static Element exampleLink(Coverage.ExampleRef ref, String toRoot) {
		Element a = new Element("a").attr("href", toRoot + ref.href()).addClass("example-ref");
		a.appendChild(StatusMarks.dot(ref.status().label()));
		a.appendText(ref.example());
		a.appendElement("span").addClass("example-ref-spec").text(" (" + ref.spec() + ")");
		return a;
	}

}
