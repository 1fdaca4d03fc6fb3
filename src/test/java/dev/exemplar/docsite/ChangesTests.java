package dev.exemplar.docsite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.exemplar.spec.results.ExampleResult;
import dev.exemplar.spec.results.ResultsFile;
import dev.exemplar.spec.results.SpecResult;
import dev.exemplar.spec.results.SuiteResult;
import dev.exemplar.spec.results.Tally;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The sample suite run twice ({@link SampleSpecs#writeSecondRun}): its five edits are the
 * five entries of the page of changes, and nothing else is.
 */
class ChangesTests {

	private static final SuiteResult FIRST = SampleSpecs.results(7, false);

	private static final SuiteResult SECOND = SampleSpecs.results(7, true);

	private static final SiteMap NO_CHAPTERS = new SiteMap(List.of());

	@TempDir
	Path dir;

	@Test
	void theFiveEditsAreTheFiveEntries() {
		Changes changes = Changes.between(FIRST, "first run", SECOND);

		assertThat(changes.entries()).extracting(this::describe)
			.containsExactlyInAnyOrder(
					"CHANGED system/topic-1.adoc: Storing the same id again is a conflict [expected answer]",
					"ADDED accounts/topic-2.adoc: Posts can be searched",
					"REMOVED search/topic-3.adoc: A post is stored once",
					"CHANGED moderation/topic-4.adoc: A post is stored once [status]",
					"CHANGED system/topic-6.adoc: Posts are kept a year [moved]");
		assertThat(changes.specsAdded()).isEmpty();
		assertThat(changes.specsRemoved()).isEmpty();
		assertThat(changes.specsMoved()).isEmpty();
		// of the first run's examples, one is gone and three changed
		assertThat(changes.unchanged()).isEqualTo(FIRST.tally().total() - 4);
	}

	@Test
	void aRunComparedWithItselfChangedNothing() {
		Changes changes = Changes.between(FIRST, "first run", FIRST);

		assertThat(changes.none()).isTrue();
		assertThat(changes.unchanged()).isEqualTo(FIRST.tally().total());
		Element page = ChangesPage.build(changes, NO_CHAPTERS).content();
		assertThat(page.select(".nothing-changed").text()).startsWith("Nothing changed since the baseline");
		assertThat(page.select(".change-entry")).isEmpty();
	}

	@Test
	void aRenamedSpecIsMovedAndItsExamplesAreNotChanges() {
		SuiteResult renamed = new SuiteResult(FIRST.specs()
			.stream()
			.map(spec -> spec.source().equals("system/topic-1.adoc") ? new dev.exemplar.spec.results.SpecResult(
					"moderation/conflicts.adoc", "moderation/conflicts.html", spec.title(), spec.examples()) : spec)
			.toList());

		Changes changes = Changes.between(FIRST, "first run", renamed);

		assertThat(changes.specsMoved()).singleElement()
			.satisfies(move -> assertThat(move.before().source() + " → " + move.now().source())
				.isEqualTo("system/topic-1.adoc → moderation/conflicts.adoc"));
		assertThat(changes.entries()).isEmpty();
	}

	/**
	 * A heading reworded gives the example another anchor and name: its listings still
	 * say it is the same one.
	 */
	@Test
	void aRewordedHeadingIsTheSameExampleByItsListings() {
		SuiteResult reworded = new SuiteResult(FIRST.specs().stream().map(spec -> {
			if (!spec.source().equals("feed/topic-5.adoc")) {
				return spec;
			}
			List<ExampleResult> examples = spec.examples()
				.stream()
				.map(example -> example.name().equals("Posts are kept a year")
						? new ExampleResult("A post expires after a year", "a-post-expires-after-a-year",
								example.status(), example.exchanges(), example.listings())
						: example)
				.toList();
			return new SpecResult(spec.source(), spec.page(), spec.title(), examples);
		}).toList());

		Changes changes = Changes.between(FIRST, "first run", reworded);

		assertThat(changes.entries()).extracting(this::describe)
			.containsExactly("CHANGED feed/topic-5.adoc: A post expires after a year [renamed]");
	}

	@Test
	void thePageLinksEachEntryToItsExampleAndShowsTheChangedAnswerAsADiff() {
		Element page = ChangesPage.build(Changes.between(FIRST, "first run", SECOND), NO_CHAPTERS).content();

		Element changed = page.getElementById("change-system-topic-1-storing-the-same-id-again-is-a-conflict");
		assertThat(changed.selectFirst("a.change-example").attr("href"))
			.isEqualTo("system/topic-1.html#storing-the-same-id-again-is-a-conflict");
		assertThat(changed.select(".change-diff .diff-gone").text()).contains("\"detail\": \"${any-string}\"}");
		assertThat(changed.select(".change-diff .diff-new").text()).contains("\"type\": \"about:blank\"");
		assertThat(page.getElementById("change-search-topic-3-a-post-is-stored-once").text()).contains(
				"It was in “Behaviour number 3” (search/topic-3.adoc), under the heading “A post is stored once”");
		assertThat(page.select(".change-status .status-badge").eachText()).containsExactly("passed", "failed");
		assertThat(page.select(".change-moved").text())
			.contains("Moved here from “Behaviour number 5” (feed/topic-5.adoc)");
		assertThat(page.select("[data-figure]").eachText()).containsExactly("1", "3", "1",
				String.valueOf(FIRST.tally().total() - 4));
	}

	/**
	 * A baseline in format 1 knows no listings: status changes, additions and removals
	 * are still found, listing changes are not, and the page says so.
	 */
	@Test
	void aBaselineOfFormatOneIsComparedAsFarAsItGoes() throws IOException {
		Path old = dir.resolve("results.json");
		Files.writeString(old, """
				{"format": 1, "specs": [{"source": "moderation/topic-4.adoc", "page": "moderation/topic-4.html",
				  "title": "Behaviour number 4", "examples": [
				    {"name": "Newest posts come first", "anchor": "newest-posts-come-first", "status": "passed"},
				    {"name": "A post is stored once", "anchor": "a-post-is-stored-once", "status": "passed",
				     "exchanges": []},
				    {"name": "Storing the same id again is a conflict",
				     "anchor": "storing-the-same-id-again-is-a-conflict", "status": "passed"},
				    {"name": "Posts can be deleted", "anchor": "posts-can-be-deleted", "status": "pending"},
				    {"name": "Gone since", "anchor": "gone-since", "status": "passed", "exchanges": []}]}]}
				""");
		SuiteResult baseline = Baseline.read(old.toString(), dir).results();
		SuiteResult now = new SuiteResult(
				SECOND.specs().stream().filter(spec -> spec.source().equals("moderation/topic-4.adoc")).toList());

		Changes changes = Changes.between(baseline, "old", now);

		assertThat(changes.entries()).extracting(this::describe)
			.containsExactlyInAnyOrder("CHANGED moderation/topic-4.adoc: A post is stored once [status]",
					"REMOVED moderation/topic-4.adoc: Gone since");
		assertThat(changes.unchanged()).isEqualTo(3);
		assertThat(ChangesPage.build(changes, NO_CHAPTERS).content().select(".changes-limits").text())
			.contains("format 1", "does not record the examples' requests and expected answers");
	}

	@Test
	void aBaselineThatIsNotThereFailsTheBuildSayingWhatToGive() {
		assertThatThrownBy(() -> Baseline.read("no-such-site", dir)).hasMessageContaining("holds no results.json")
			.hasMessageContaining("target/docs-site");
	}

	@Test
	void theResultsFileKeepsTheListingsTheDateAndTheCommit() throws IOException {
		Path file = dir.resolve("results.json");
		ResultsFile.write(file, new SuiteResult(SECOND.specs(), SECOND.origin().atCommit("abc123")));

		SuiteResult read = ResultsFile.read(file).orElseThrow();

		assertThat(read).isEqualTo(new SuiteResult(SECOND.specs(), SECOND.origin().atCommit("abc123")));
		assertThat(read.origin().describe()).endsWith(", commit abc123").matches("\\d{4}-\\d\\d-\\d\\d .*");
		assertThat(read.tally()).isNotEqualTo(Tally.NONE);
	}

	private String describe(Changes.Entry entry) {
		String example = entry.kind() == Changes.Kind.REMOVED ? entry.before().name() : entry.now().name();
		StringBuilder aspects = new StringBuilder();
		if (entry.requestChanged()) {
			aspects.append(" request");
		}
		if (entry.answerChanged()) {
			aspects.append(" expected answer");
		}
		if (entry.statusChanged()) {
			aspects.append(" status");
		}
		if (entry.moved()) {
			aspects.append(" moved");
		}
		if (entry.renamed()) {
			aspects.append(" renamed");
		}
		return entry.kind() + " " + entry.listedUnder().source() + ": " + example
				+ (aspects.isEmpty() ? "" : " [" + aspects.toString().strip() + "]");
	}

}
