package dev.exemplar.docsite;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.AttributesBuilder;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.asciidoctor.ast.Document;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * The one rendering path for the site's AsciiDoc sources: AsciidoctorJ, html5, embedded
 * in the site's layout.
 */
final class AsciidocRenderer implements AutoCloseable {

	private final Asciidoctor asciidoctor;

	/** Whether this renderer started its Asciidoctor, and so shuts it down. */
	private final boolean owned;

	/** Starts an Asciidoctor of its own (JRuby: seconds). */
	AsciidocRenderer() {
		this.asciidoctor = Asciidoctor.Factory.create();
		this.owned = true;
	}

	/** Renders with an Asciidoctor its caller started and shuts down. */
	AsciidocRenderer(Asciidoctor asciidoctor) {
		this.asciidoctor = Objects.requireNonNull(asciidoctor);
		this.owned = false;
	}

	/**
	 * A rendered document: its title, its body and its header's attributes (with those it
	 * was given).
	 */
	record Rendered(String title, Element body, Map<String, Object> attributes) {

		Rendered(String title, Element body) {
			this(title, body, Map.of());
		}
	}

	Rendered render(Path adoc, Map<String, Object> attributes) {
		AttributesBuilder builder = Attributes.builder()
			.attribute("sectanchors", "")
			.attribute("idprefix", "")
			.attribute("idseparator", "-")
			.attribute("relfilesuffix", ".html");
		Highlighting.RENDER_ATTRIBUTES.forEach(builder::attribute);
		attributes.forEach(builder::attribute);
		Document document = asciidoctor.loadFile(adoc.toFile(),
				Options.builder()
					.safe(SafeMode.UNSAFE)
					.standalone(false)
					.baseDir(adoc.getParent().toFile())
					.attributes(builder.build())
					.build());
		String title = document.getDoctitle() == null ? adoc.getFileName().toString()
				: Jsoup.parse(document.getDoctitle()).text();
		Element body = Jsoup.parseBodyFragment(document.convert()).body();
		body.tagName("div").addClass("doc-content");
		return new Rendered(title, body, document.getAttributes());
	}

	/**
	 * Listings highlighted by Asciidoctor's highlighter (Rouge), in one conversion: each
	 * a language and a text; the code elements, in the same order.
	 */
	List<Element> highlight(List<String[]> listings) {
		if (listings.isEmpty()) {
			return List.of();
		}
		StringBuilder adoc = new StringBuilder();
		for (String[] listing : listings) {
			String delimiter = "-".repeat(longestDashes(listing[1]) + 4);
			adoc.append("[source,")
				.append(listing[0])
				.append(",subs=\"-callouts\"]\n")
				.append(delimiter)
				.append('\n')
				.append(listing[1])
				.append('\n')
				.append(delimiter)
				.append("\n\n");
		}
		AttributesBuilder attributes = Attributes.builder();
		Highlighting.RENDER_ATTRIBUTES.forEach(attributes::attribute);
		String html = asciidoctor.convert(adoc.toString(),
				Options.builder().safe(SafeMode.SECURE).attributes(attributes.build()).build());
		List<Element> codes = Jsoup.parseBodyFragment(html).select(".listingblock pre > code");
		if (codes.size() != listings.size()) {
			throw new IllegalStateException(
					"Asciidoctor highlighted " + codes.size() + " listings of " + listings.size());
		}
		return codes;
	}

	private static int longestDashes(String text) {
		int longest = 0;
		int run = 0;
		for (char c : text.toCharArray()) {
			run = c == '-' ? run + 1 : 0;
			longest = Math.max(longest, run);
		}
		return longest;
	}

	/**
	 * Asciidoctor's own default stylesheet, taken from a standalone rendering so it
	 * always matches the version.
	 */
	String defaultStylesheet() {
		String html = asciidoctor.convert("= x",
				Options.builder()
					.standalone(true)
					.safe(SafeMode.UNSAFE)
					.attributes(Attributes.builder().attribute("webfonts!", "").build())
					.build());
		Element style = Jsoup.parse(html).selectFirst("style");
		return style == null ? "" : style.data();
	}

	@Override
	public void close() {
		if (owned) {
			asciidoctor.shutdown();
		}
	}

}
