package dev.exemplar.docsite;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Element;

/**
 * A sequence picture, drawn as SVG at build time: one lifeline per party, one arrow per
 * message, top to bottom in order; answers dashed. No diagram tool: the picture is a few
 * lines and boxes, and the site stays free of a renderer and its runtime. Its steps are
 * also written out (the SVG's description), for screen readers.
 */
final class SequencePicture {

	static final String PICTURE = "sequence-picture";

	private static final int COLUMN = 230;

	private static final int ROW = 36;

	private static final int TOP = 50;

	private static final double CHAR_WIDTH = 7.2;

	/**
	 * One arrow.
	 *
	 * @param answer drawn dashed, as an answer is
	 */
	record Message(String from, String to, String label, boolean answer) {
	}

	private final List<String> parties = new ArrayList<>();

	private final List<Message> messages = new ArrayList<>();

	SequencePicture(List<String> parties) {
		this.parties.addAll(parties);
	}

	void add(Message message) {
		for (String party : List.of(message.from(), message.to())) {
			if (!parties.contains(party)) {
				parties.add(party);
			}
		}
		messages.add(message);
	}

	boolean isEmpty() {
		return messages.isEmpty();
	}

	/** The picture, with its steps in words as its description. */
	Element svg(String id, String title) {
		int width = COLUMN * parties.size();
		int height = TOP + ROW * messages.size() + 20;
		Element svg = new Element("svg").attr("xmlns", "http://www.w3.org/2000/svg")
			.addClass(PICTURE)
			.attr("viewBox", "0 0 " + width + " " + height)
			.attr("width", String.valueOf(width))
			.attr("role", "img")
			.attr("aria-labelledby", id + "-title " + id + "-desc");
		svg.appendElement("title").id(id + "-title").text(title);
		svg.appendElement("desc").id(id + "-desc").text(steps());
		Element defs = svg.appendElement("defs");
		defs.appendElement("marker")
			.id(id + "-head")
			.attr("viewBox", "0 0 10 10")
			.attr("refX", "10")
			.attr("refY", "5")
			.attr("markerWidth", "8")
			.attr("markerHeight", "8")
			.attr("orient", "auto-start-reverse")
			.appendElement("path")
			.attr("d", "M 0 0 L 10 5 L 0 10 z")
			.addClass("arrow-head");
		for (int i = 0; i < parties.size(); i++) {
			int x = x(i);
			svg.appendElement("line")
				.addClass("lifeline")
				.attr("x1", String.valueOf(x))
				.attr("y1", "34")
				.attr("x2", String.valueOf(x))
				.attr("y2", String.valueOf(height - 6));
			svg.appendElement("rect")
				.addClass("party")
				.attr("x", String.valueOf(x - COLUMN / 2 + 12))
				.attr("y", "4")
				.attr("width", String.valueOf(COLUMN - 24))
				.attr("height", "30")
				.attr("rx", "4");
			svg.appendElement("text")
				.addClass("party-name")
				.attr("x", String.valueOf(x))
				.attr("y", "24")
				.attr("text-anchor", "middle")
				.text(parties.get(i));
		}
		for (int i = 0; i < messages.size(); i++) {
			Message message = messages.get(i);
			int from = x(parties.indexOf(message.from()));
			int to = x(parties.indexOf(message.to()));
			int y = TOP + ROW * i + 22;
			Element line = svg.appendElement("line")
				.addClass(message.answer() ? "answer" : "call")
				.attr("x1", String.valueOf(from))
				.attr("y1", String.valueOf(y))
				.attr("x2", String.valueOf(to))
				.attr("y2", String.valueOf(y))
				.attr("marker-end", "url(#" + id + "-head)");
			if (message.answer()) {
				line.attr("stroke-dasharray", "6 4");
			}
			// a label begins at its arrow's left end; the last column's may run on to the
			// picture's edge
			int left = Math.min(from, to);
			int right = Math.max(from, to) == x(parties.size() - 1) ? width - 4 : Math.max(from, to) - 8;
			svg.appendElement("text")
				.addClass("message")
				.attr("x", String.valueOf(left + 10))
				.attr("y", String.valueOf(y - 6))
				.text(shortened(message.label(), (int) ((right - left - 10) / CHAR_WIDTH)));
		}
		return svg;
	}

	private String steps() {
		List<String> steps = new ArrayList<>();
		for (int i = 0; i < messages.size(); i++) {
			Message message = messages.get(i);
			steps.add((i + 1) + ". " + message.from() + " → " + message.to() + ": " + message.label());
		}
		return String.join("; ", steps);
	}

	private static int x(int column) {
		return COLUMN / 2 + COLUMN * column;
	}

	private static String shortened(String label, int room) {
		return label.length() <= room ? label : label.substring(0, Math.max(1, room - 1)) + "…";
	}

}
