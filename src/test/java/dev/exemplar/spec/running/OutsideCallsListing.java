package dev.exemplar.spec.running;

import java.util.List;

import org.concordion.api.Element;

import dev.exemplar.spec.reading.SpecExample;
import dev.exemplar.spec.results.PageMarkup;
import dev.exemplar.spec.stubs.OutsideCall;
import dev.exemplar.spec.stubs.OutsideServices;

/**
 * What the service asked outside services during an example: shown inside the example, in
 * order, its secrets masked; a call no stub answered, or one that breaks the outside
 * service's contract, fails it.
 */
final class OutsideCallsListing {

	private final OutsideServices outside;

	private final SpecSession session;

	OutsideCallsListing(OutsideServices outside, SpecSession session) {
		this.outside = outside;
		this.session = session;
	}

	void show(Element section, SpecExample example) {
		List<OutsideCall> calls = outside.checks().calls();
		outside.checks().problems().forEach(problem -> session.problem(session.at(example.line()) + ": " + problem));
		if (calls.isEmpty()) {
			return;
		}
		Element shown = new Element("div").addStyleClass(PageMarkup.OUTSIDE_CALLS);
		shown.appendChild(
				new Element("div").addStyleClass("title").appendText("What the service asked outside services"));
		for (OutsideCall call : calls) {
			Element each = new Element("pre").addStyleClass(PageMarkup.OUTSIDE_CALL);
			each.addAttribute("data-service", call.service());
			each.addAttribute("data-method", call.method());
			each.addAttribute("data-target", session.captures().mask(call.target()));
			each.addAttribute("data-status", String.valueOf(call.status()));
			each.appendText(session.captures().mask(call.describe()));
			shown.appendChild(each);
		}
		section.appendChild(shown);
	}

}
