package dev.exemplar.docsite;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jsoup.nodes.Element;

import dev.exemplar.spec.results.ExampleResult;
import dev.exemplar.spec.results.Exchange;
import dev.exemplar.spec.results.PageMarkup;
import dev.exemplar.spec.results.SpecResult;

/**
 * In an example that talks to outside services: the stand-ins' setup ("Given the …
 * answers" listings) folded as what happens behind the scenes, apart from the service's
 * own exchanges; the exchange in order as a sequence picture (client → service → outside
 * service and back, with statuses); and the calls as text, folded, each answer shown once
 * (one the setup already shows is named, not repeated).
 */
final class OutsideExchanges {

	static final String BEHIND_THE_SCENES = "behind-the-scenes";

	static final String CALLS_TEXT = "outside-calls-text";

	/** The engine's attributes on a stand-in's listings. */
	private static final String STUB = "ex:outside";

	private static final String STUB_ANSWER = "ex:stub-answer";

	private OutsideExchanges() {
	}

	static void show(Page page, SpecResult spec, String service) {
		Map<String, ExampleResult> byAnchor = spec.examples()
			.stream()
			.collect(Collectors.toMap(ExampleResult::anchor, Function.identity(), (first, second) -> first));
		int picture = 0;
		// a stand-in's setup above the first example holds for every example
		List<String> stubAnswers = foldSetup(page.content());
		for (Element example : page.content().select("." + PageMarkup.EXAMPLE)) {
			Element calls = example.selectFirst("." + PageMarkup.OUTSIDE_CALLS);
			if (calls == null) {
				continue;
			}
			ExampleResult result = byAnchor.get(ExampleMarker.anchorOf(example));
			SequencePicture sequence = sequence(example, calls, result, service);
			Element figure = new Element("figure").addClass("exchange-picture");
			if (!sequence.isEmpty()) {
				figure.appendElement("div")
					.addClass("picture-scroll")
					.appendChild(sequence.svg("exchange-" + ++picture, "The exchange, in order"));
				figure.appendElement("figcaption")
					.text("The exchange, in order: what the client sent, what the service asked outside services, "
							+ "and what came back (dashed).");
			}
			Element text = figure.appendElement("details").addClass(CALLS_TEXT);
			text.appendElement("summary").text("The calls to outside services, as text");
			for (Element call : calls.select("pre." + PageMarkup.OUTSIDE_CALL)) {
				text.appendChild(onceOnly(call, stubAnswers));
			}
			calls.replaceWith(figure);
		}
	}

	/**
	 * Folds each run of a stand-in's "Given" listings into one "behind the scenes" block;
	 * the answers they give, for the calls below to name instead of repeating.
	 */
	private static List<String> foldSetup(Element content) {
		List<String> answers = new ArrayList<>();
		Element details = null;
		for (Element block : new ArrayList<>(content.select(".listingblock"))) {
			boolean setup = block.hasAttr(STUB) && block.attr(STUB).startsWith("Given")
					|| block.hasAttr(STUB_ANSWER) && details != null;
			if (!setup) {
				details = null;
				continue;
			}
			if (block.hasAttr(STUB_ANSWER)) {
				Element code = block.selectFirst("pre");
				if (code != null) {
					answers.add(body(code.wholeText()));
				}
			}
			if (details == null || block.previousElementSibling() != details) {
				details = new Element("details").addClass(BEHIND_THE_SCENES);
				details.appendElement("summary")
					.text("Behind the scenes: "
							+ block.attr(STUB).replaceFirst("^Given ", "").replaceFirst(" answers$", "")
							+ "’s stand-in is told what to answer");
				block.before(details);
			}
			details.appendChild(block);
		}
		return answers;
	}

	private static SequencePicture sequence(Element example, Element calls, ExampleResult result, String service) {
		SequencePicture picture = new SequencePicture(List.of("Client", service));
		List<Element> sent = example.select("." + PageMarkup.REQUEST + "[" + PageMarkup.OUTSIDE_CALLS_SO_FAR + "]");
		List<Exchange> exchanges = result == null ? List.of() : result.exchanges();
		List<Element> outside = calls.select("pre." + PageMarkup.OUTSIDE_CALL);
		int made = 0;
		for (int i = 0; i < Math.min(sent.size(), exchanges.size()); i++) {
			Exchange exchange = exchanges.get(i);
			picture
				.add(new SequencePicture.Message("Client", service, exchange.method() + " " + exchange.path(), false));
			int upTo = Math.min(outside.size(), Integer.parseInt(sent.get(i).attr(PageMarkup.OUTSIDE_CALLS_SO_FAR)));
			for (; made < upTo; made++) {
				Element call = outside.get(made);
				String to = call.attr("data-service");
				picture.add(new SequencePicture.Message(service, to,
						call.attr("data-method") + " " + call.attr("data-target"), false));
				String status = call.attr("data-status");
				picture.add(new SequencePicture.Message(to, service, "0".equals(status) ? "connection dropped" : status,
						true));
			}
			picture.add(new SequencePicture.Message(service, "Client", String.valueOf(exchange.status()), true));
		}
		return picture;
	}

	/** A call as text; its answer's body named when the setup above shows it already. */
	private static Element onceOnly(Element call, List<String> stubAnswers) {
		Element shown = new Element("pre").addClass(PageMarkup.OUTSIDE_CALL);
		String text = call.wholeText();
		int answerLine = text.indexOf("\n← ");
		int bodyStart = answerLine < 0 ? -1 : text.indexOf('\n', answerLine + 1);
		if (bodyStart >= 0 && stubAnswers.contains(normalized(text.substring(bodyStart + 1)))) {
			text = text.substring(0, bodyStart) + "\n(the answer given to the stand-in, above)";
		}
		return shown.text(text);
	}

	/** A stub answer's body, without its status line and headers, spaces normalized. */
	private static String body(String answer) {
		int blank = answer.indexOf("\n\n");
		boolean hasHead = answer.matches("(?s)\\d{3}\\b.*");
		return normalized(hasHead ? (blank < 0 ? "" : answer.substring(blank + 2)) : answer);
	}

	private static String normalized(String text) {
		return text.strip().replaceAll("\\s+", " ");
	}

}
