package dev.exemplar.docsite;

import org.jsoup.nodes.Element;

import dev.exemplar.spec.results.ExampleStatus;

/**
 * How the site shows a status: a coloured dot in lists and tables, a badge on an
 * example's heading. Their classes are {@code status-} and the status's label
 * ({@link ExampleStatus#label()}), or {@code not-run} for a spec that did not run; the
 * theme colours them.
 */
final class StatusMarks {

	static final String BADGE = "status-badge";

	private StatusMarks() {
	}

	static Element dot(String status) {
		return new Element("span").addClass("status-dot").addClass(statusClass(status)).attr("title", status);
	}

	static Element badge(ExampleStatus status) {
		return new Element("span").addClass(BADGE)
			.addClass(statusClass(status.label()))
			.attr("data-status", status.label())
			.text(status.label());
	}

	/** On an example's heading, on the page of a spec that did not run. */
	static Element notRunBadge() {
		return new Element("span").addClass(BADGE)
			.addClass(statusClass(SiteMap.SpecEntry.NOT_RUN))
			.text("not run in this build");
	}

	private static String statusClass(String status) {
		return "status-" + status;
	}

}
