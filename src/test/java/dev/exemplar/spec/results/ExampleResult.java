package dev.exemplar.spec.results;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * One example of a spec.
 *
 * @param name its heading
 * @param anchor its heading's id on the executed page
 * @param listings its requests and expected answers, in the spec's order (none in results
 * of format 1)
 */
public record ExampleResult(String name, String anchor, ExampleStatus status, List<Exchange> exchanges,
		List<Listing> listings) {

	public ExampleResult {
		exchanges = exchanges == null ? List.of() : List.copyOf(exchanges);
		listings = listings == null ? List.of() : List.copyOf(listings);
	}

	public ExampleResult(String name, String anchor, ExampleStatus status, List<Exchange> exchanges) {
		this(name, anchor, status, exchanges, List.of());
	}

	/**
	 * Its listings of this kind, one text, a blank line between two: what a change of its
	 * requests (or of its expected answers) is read from.
	 */
	public String text(Listing.Kind kind) {
		return String.join("\n\n",
				listings.stream().filter(listing -> listing.kind() == kind).map(Listing::text).toList());
	}

	/**
	 * A digest of its requests and expected answers (SHA-256, hex): the same example
	 * under another heading or in another spec has the same; empty when it has no
	 * listings.
	 */
	public String contentDigest() {
		if (listings.isEmpty()) {
			return "";
		}
		StringBuilder content = new StringBuilder();
		listings.forEach(
				listing -> content.append(listing.kind().label()).append('\n').append(listing.text()).append('\0'));
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256")
					.digest(content.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java has SHA-256", e);
		}
	}
}
