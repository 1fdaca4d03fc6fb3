package dev.exemplar.docsite;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Colours the listings of the executed spec pages at build time, with Asciidoctor's own
 * highlighter (Rouge, bundled with AsciidoctorJ; its token classes are styled by the
 * theme), so that no script runs at read time. A request's or an answer's head (request
 * or status line, headers) is marked here with Rouge's class names, as Rouge's HTTP lexer
 * wants a protocol on the request line and drops the blank line before the body; the body
 * (JSON) and SQL go to Rouge. A listing the engine marked inside (a failure, a
 * difference) is left as it is, and so is one whose highlighted text would differ from
 * what was written.
 */
final class Highlighting {

	static final Map<String, String> RENDER_ATTRIBUTES = Map.of("source-highlighter", "rouge", "rouge-css", "class");

	private static final Pattern REQUEST_LINE = Pattern.compile("([A-Z]+)( +)(\\S+)(.*)");

	private static final Pattern STATUS_LINE = Pattern.compile("(?:HTTP/\\S+ )?\\d{3}\\b.*");

	private static final Pattern HEADER = Pattern.compile("([A-Za-z0-9-]+)(:)(.*)");

	private Highlighting() {
	}

	/** One listing's code, split into the head this class marks and a body for Rouge. */
	private record Listing(Element code, String head, String body, String language) {
	}

	static void apply(AsciidocRenderer asciidoc, List<Page> pages) {
		List<Listing> listings = new ArrayList<>();
		for (Page page : pages) {
			for (Element code : page.content().select("pre > code[data-lang]")) {
				if (code.childrenSize() == 0) {
					split(code).ifPresent(listings::add);
				}
			}
		}
		List<Listing> toRouge = listings.stream().filter(listing -> !listing.body().isBlank()).toList();
		List<Element> highlighted = asciidoc
			.highlight(toRouge.stream().map(listing -> new String[] { listing.language(), listing.body() }).toList());
		int at = 0;
		for (Listing listing : listings) {
			Element body = listing.body().isBlank() ? null : highlighted.get(at++);
			Element code = new Element("code");
			code.attributes().addAll(listing.code().attributes());
			markHead(code, listing.head());
			if (body != null) {
				body.childNodesCopy().forEach(code::appendChild);
			}
			if (code.wholeText().equals(listing.code().wholeText())) {
				listing.code().replaceWith(code);
				code.parent().addClass("rouge");
			}
		}
	}

	private static Optional<Listing> split(Element code) {
		String text = code.wholeText();
		String language = code.attr("data-lang");
		if (language.equals("sql")) {
			return Optional.of(new Listing(code, "", text, "sql"));
		}
		if (!language.equals("http") && !language.equals("json")) {
			return Optional.empty();
		}
		String first = text.lines().findFirst().orElse("");
		boolean hasHead = REQUEST_LINE.matcher(first).matches() && language.equals("http")
				|| STATUS_LINE.matcher(first).matches();
		if (!hasHead) {
			return Optional.of(new Listing(code, "", text, "json"));
		}
		int blank = text.indexOf("\n\n");
		String head = blank < 0 ? text : text.substring(0, blank + 2);
		String body = blank < 0 ? "" : text.substring(blank + 2);
		return Optional.of(new Listing(code, head, body, "json"));
	}

	/** A request or status line and headers, in Rouge's classes. */
	private static void markHead(Element code, String head) {
		String[] lines = head.split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i];
			Matcher request = REQUEST_LINE.matcher(line);
			Matcher header = HEADER.matcher(line);
			if (i == 0 && STATUS_LINE.matcher(line).matches()) {
				code.appendElement("span").addClass("m").text(line);
			}
			else if (i == 0 && request.matches()) {
				code.appendElement("span").addClass("nf").text(request.group(1));
				code.appendChild(new TextNode(request.group(2)));
				code.appendElement("span").addClass("nn").text(request.group(3));
				code.appendChild(new TextNode(request.group(4)));
			}
			else if (header.matches()) {
				code.appendElement("span").addClass("na").text(header.group(1));
				code.appendElement("span").addClass("p").text(header.group(2));
				code.appendElement("span").addClass("s").text(header.group(3));
			}
			else {
				code.appendChild(new TextNode(line));
			}
			if (i + 1 < lines.length) {
				code.appendChild(new TextNode("\n"));
			}
		}
	}

}
