package dev.exemplar.spec.updating;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import dev.exemplar.spec.grammar.Placeholder;
import dev.exemplar.spec.http.HttpExchange;

/**
 * The rewrites of one spec's expectations: each is proposed as its expectation is checked
 * (and shown as a diff), and, when the run updates specs, all are written to the source
 * once the spec has run, bottom up, so that nothing else of the file changes, byte for
 * byte.
 */
public final class SpecRewrites {

	private final Path file;

	private final String name;

	private final UpdateMode mode;

	private final List<Edit> edits = new ArrayList<>();

	private String original;

	/**
	 * @param name the spec as messages name it
	 */
	public SpecRewrites(Path file, String name, UpdateMode mode) {
		this.file = file;
		this.name = name;
		this.mode = mode;
	}

	public UpdateMode mode() {
		return mode;
	}

	/**
	 * An expectation checked against its answer.
	 * @param line the listing's line in the source
	 * @param pageText the listing's text as the page shows it
	 * @param written whether the listing states anything (a status, a header, a body):
	 * only an empty listing is filled, a status-only one stays so
	 * @param differs whether the answer differs from it
	 * @param refusal why it must not be rewritten whatever the answer (a pending example,
	 * an included file), if so
	 * @param captured replaces each {@code ${name}} of a text by its captured value
	 */
	public Proposal propose(int line, String pageText, HttpExchange answer, boolean json, boolean lenient,
			boolean written, boolean differs, Optional<String> refusal, UnaryOperator<String> captured) {
		boolean fillBody = !written && mode.fillsNew();
		boolean wanted = differs && mode.rewritesDiffering() || fillBody;
		if (!differs && !wanted) {
			return Proposal.NONE;
		}
		try {
			if (refusal.isPresent()) {
				throw new UpdateRefused(refusal.get());
			}
			String text = original();
			ListingSource listing = ListingSource.at(text, line);
			if (!normalized(listing.content()).equals(normalized(pageText))) {
				throw new UpdateRefused(
						"its text on the page is not its source text (an attribute reference or a callout?)");
			}
			String content = ExpectationRewrite.rewrite(listing.content(), answer, json, lenient, fillBody, captured);
			if (content.equals(listing.content())) {
				return differs
						? Proposal.refused("the update cannot tell how this listing should read; write it by hand")
						: Proposal.NONE;
			}
			return proposed(new Edit(listing.start(), listing.end(), listing.region(content)), wanted);
		}
		catch (UpdateRefused e) {
			return Proposal.refused(e.getMessage());
		}
		catch (IOException e) {
			return Proposal.refused("the spec could not be read again: " + e.getMessage());
		}
	}

	/**
	 * A "Then … holds these rows" table that differs from what the table holds: its rows
	 * are rewritten with those rows (a table with a placeholder or a captured value in a
	 * cell is left as it is: which row it stands for is not known).
	 * @param line the table's line in the source
	 * @param cells the table's cells as written, captures not substituted
	 * @param held the rows the database table holds, in the table's columns
	 */
	public Proposal proposeRows(int line, List<List<String>> cells, List<List<String>> held, Optional<String> refusal) {
		try {
			if (refusal.isPresent()) {
				throw new UpdateRefused(refusal.get());
			}
			if (cells.stream().flatMap(List::stream).anyMatch(cell -> Placeholder.mayBeIn(cell))) {
				throw new UpdateRefused(
						"a cell holds a placeholder or a captured value, and which stored row it stands for"
								+ " is not known; rewrite it by hand");
			}
			TableSource table = TableSource.at(original(), line);
			return proposed(new Edit(table.start(), table.end(), table.rows(held)), mode.rewritesDiffering());
		}
		catch (UpdateRefused e) {
			return Proposal.refused(e.getMessage());
		}
		catch (IOException e) {
			return Proposal.refused("the spec could not be read again: " + e.getMessage());
		}
	}

	private Proposal proposed(Edit edit, boolean wanted) {
		String diff = ListingDiff.of(name, original, edit.applied(original));
		if (wanted && mode.writes()) {
			edits.add(edit);
		}
		return new Proposal(wanted && mode.writes(), diff, null);
	}

	/**
	 * Writes the accepted rewrites to the spec's source.
	 * @return how many listings were rewritten
	 * @throws IOException when the file cannot be written, or changed while the spec ran
	 */
	public int write() throws IOException {
		if (edits.isEmpty()) {
			return 0;
		}
		if (!read().equals(original)) {
			throw new IOException(name + " changed while its specs ran; run the update again");
		}
		String text = original;
		List<Edit> bottomUp = new ArrayList<>(edits);
		bottomUp.sort(Comparator.comparingInt(Edit::start).reversed());
		for (Edit edit : bottomUp) {
			text = edit.applied(text);
		}
		Files.writeString(file, text, StandardCharsets.UTF_8);
		original = text;
		int written = edits.size();
		edits.clear();
		return written;
	}

	private String original() throws IOException {
		if (original == null) {
			original = read();
		}
		return original;
	}

	private String read() throws IOException {
		return Files.readString(file, StandardCharsets.UTF_8);
	}

	private static String normalized(String text) {
		return text.lines().map(String::stripTrailing).reduce((a, b) -> a + "\n" + b).orElse("").strip();
	}

	/**
	 * The text from {@code start} to {@code end} of the source replaced by {@code text}.
	 */
	private record Edit(int start, int end, String text) {

		String applied(String source) {
			return source.substring(0, start) + text + source.substring(end);
		}
	}

	/**
	 * What the update makes of one expectation.
	 *
	 * @param written whether the rewrite will be written to the source
	 * @param diff the rewrite as a unified diff of the spec; null when there is none
	 * @param refusal why the listing is left as it is; null when it is not
	 */
	public record Proposal(boolean written, String diff, String refusal) {

		static final Proposal NONE = new Proposal(false, null, null);

		static Proposal refused(String reason) {
			return new Proposal(false, null, reason);
		}

		/**
		 * The proposal as the failure of its expectation tells it; empty when there is
		 * nothing to tell.
		 */
		public String describe(UpdateMode mode) {
			if (refusal != null) {
				return "The update leaves this listing as it is: " + refusal + ".";
			}
			if (diff == null) {
				return "";
			}
			return (written ? "Rewritten in the spec (specs.update=" + mode + "):\n"
					: "As the answer would have it (approve it with -Dspecs.update=failed):\n") + diff;
		}
	}

}
