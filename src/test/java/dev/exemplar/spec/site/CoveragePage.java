package dev.exemplar.spec.site;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Element;

/** The coverage table: each operation and response code against the examples that exercise it. */
final class CoveragePage {

    static final String PATH = "coverage.html";

    private CoveragePage() {
    }

    static Page build(ApiContract contract, Coverage coverage, boolean specsRan, String sourcePath) {
        Element content = new Element("div").addClass("coverage");
        List<Coverage.Row> rows = coverage.rows();
        long uncovered = coverage.uncovered();
        Element summary = content.appendElement("div").addClass("coverage-summary");
        summary.appendElement("p").text(specsRan
                ? (rows.size() - uncovered) + " of " + rows.size() + " documented responses are exercised by an example; "
                        + uncovered + " " + (uncovered == 1 ? "is" : "are") + " not (marked “no example”)."
                : "No specs ran in this build, so no response is exercised by an example.");
        summary.appendElement("p").text("An example counts for every exchange it makes: the request's method and path are "
                + "matched to the contract's path templates, and the response's status to the documented codes.");

        Element section = content.appendElement("div").addClass("sect1");
        section.appendElement("h2").id("responses").text("Responses by operation");
        HtmlTable table = new HtmlTable("Operation", "Code", "Examples");
        for (Coverage.Row row : rows) {
            table.row(ApiReferencePage.operationLink(row.operation(), ""),
                    new Element("code").addClass("status-code").text(row.code()), examplesCell(row, ""))
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
                strayTable.row(new Element("code").text(stray.exchange().method() + " " + stray.exchange().path()),
                        String.valueOf(stray.exchange().status()), exampleLink(stray.example(), "")).addClass("stray");
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
        Element list = new Element("ul").addClass("example-refs");
        List<Element> items = new ArrayList<>();
        row.examples().forEach(ref -> items.add(list.appendElement("li").appendChild(exampleLink(ref, toRoot))));
        return list;
    }

    private static Element exampleLink(Coverage.ExampleRef ref, String toRoot) {
        Element a = new Element("a").attr("href", toRoot + ref.href()).addClass("example-ref");
        a.appendElement("span").addClass("status-dot").addClass("status-" + ref.status().label()).attr("title", ref.status().label());
        a.appendText(ref.example());
        a.appendElement("span").addClass("example-ref-spec").text(" (" + ref.spec() + ")");
        return a;
    }
}
