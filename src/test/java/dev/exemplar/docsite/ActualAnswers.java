package dev.exemplar.docsite;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jsoup.nodes.Element;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import dev.exemplar.spec.results.ExampleResult;
import dev.exemplar.spec.results.ExampleStatus;
import dev.exemplar.spec.results.Exchange;
import dev.exemplar.spec.results.PageMarkup;
import dev.exemplar.spec.results.SpecResult;

/**
 * Beside an expectation that checks only part of the answer (one that is lenient, or
 * holds placeholders or captures): a line saying so, and, folded, the answer that came
 * back in this build, as results.json recorded it, so that a reader sees real values.
 */
final class ActualAnswers {

	static final String CHECKS_ONLY = "checks-only";

	static final String ACTUAL = "actual-answer";

	private static final String LENIENT = "lenient";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ActualAnswers() {
	}

	static void show(Page page, SpecResult spec) {
		Map<String, ExampleResult> byAnchor = spec.examples()
			.stream()
			.collect(Collectors.toMap(ExampleResult::anchor, Function.identity(), (first, second) -> first));
		for (Element example : page.content().select("." + PageMarkup.EXAMPLE)) {
			ExampleResult result = byAnchor.get(ExampleMarker.anchorOf(example));
			if (result == null) {
				continue;
			}
			int sent = -1;
			String method = "";
			for (Element listing : example.select("." + PageMarkup.REQUEST + ", ." + PageMarkup.EXPECTED_ANSWER)) {
				if (listing.hasClass(PageMarkup.REQUEST)) {
					sent += listing.hasClass(PageMarkup.statusClass(ExampleStatus.IGNORED)) ? 0 : 1;
					Element request = listing.selectFirst("pre");
					method = request == null ? "" : request.wholeText().strip().split("\\s", 2)[0];
					continue;
				}
				String note = note(listing);
				if (note == null) {
					continue;
				}
				listing.appendElement("div").addClass(CHECKS_ONLY).text(note);
				List<Exchange> exchanges = result.exchanges();
				// the answer to the request above, when the example's requests and its
				// exchanges line up
				if (sent >= 0 && sent < exchanges.size() && exchanges.get(sent).answer() != null
						&& exchanges.get(sent).method().equals(method)) {
					Element details = new Element("details").addClass(ACTUAL);
					details.appendElement("summary").text("What came back in this build");
					details.appendElement("pre")
						.addClass("highlight")
						.appendElement("code")
						.attr("data-lang", "json")
						.text(indented(exchanges.get(sent).answer()));
					listing.after(details);
				}
			}
		}
	}

	/** An answer's JSON body indented, to be read; any other body as it came. */
	private static String indented(String answer) {
		int blank = answer.indexOf("\n\n");
		if (blank < 0) {
			return answer;
		}
		try {
			return answer.substring(0, blank + 2) + JSON.readTree(answer.substring(blank + 2)).toPrettyString();
		}
		catch (JacksonException notJson) {
			return answer;
		}
	}

	/** What the expectation leaves unchecked, in words; null when it checks all. */
	private static String note(Element listing) {
		Element code = listing.selectFirst("pre");
		String text = code == null ? "" : code.wholeText();
		boolean lenient = listing.hasClass(LENIENT);
		boolean placeholders = text.contains("${");
		if (lenient && placeholders) {
			return "Checks only what it names: the answer may hold more, and each ${…} stands for a value of its kind.";
		}
		if (lenient) {
			return "Checks only what it names: the answer may hold more.";
		}
		if (placeholders) {
			return "Each ${…} stands for a value of its kind, checked but not compared: see what came back below.";
		}
		return null;
	}

}
