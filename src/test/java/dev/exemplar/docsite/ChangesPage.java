package dev.exemplar.docsite;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import org.jsoup.nodes.Element;

import dev.exemplar.spec.results.ExampleResult;
import dev.exemplar.spec.results.Listing;
import dev.exemplar.spec.results.SpecResult;

/**
 * "What changed": the examples that differ from a baseline run, by chapter and spec, each
 * linked to its example (a removed one says where it was), with a diff of its changed
 * listings; the specs added, removed or moved; the unchanged examples counted.
 */
final class ChangesPage {

	static final String PATH = "changes.html";

	static final String TITLE = "What changed";

	private ChangesPage() {
	}

	static Page build(Changes changes, SiteMap siteMap) {
		Element body = new Element("div").addClass("doc-content").addClass("changes");
		body.appendElement("p")
			.addClass("changes-baseline")
			.text("Compared with the baseline: the run of " + changes.baseline().describe() + " (read from "
					+ changes.baselineName() + ").");
		if (!changes.baseline().recordsListings()) {
			body.appendElement("p")
				.addClass("changes-limits")
				.text("The baseline's results are in format " + changes.baseline().format()
						+ ", which does not record the examples' requests and expected answers: changes to them "
						+ "cannot be shown, nor an example followed to another heading by its content. "
						+ "Added, removed and moved examples and specs, and changes of status, are shown.");
		}
		body.appendChild(figures(changes, ""));
		if (changes.none()) {
			body.appendElement("p")
				.addClass("nothing-changed")
				.text("Nothing changed since the baseline: every example asks and expects what it did, and ends as it did.");
			return new Page(PATH, TITLE, body, null, "changes-page");
		}
		specs(body, changes);
		examples(body, changes, siteMap);
		return new Page(PATH, TITLE, body, null, "changes-page");
	}

	/**
	 * For the landing page's summary: since when, and the figures, linked to this page.
	 */
	static Element dashboard(Changes changes) {
		Element box = new Element("div").addClass("summary-changes");
		Element since = box.appendElement("p").addClass("summary-changes-since");
		since.appendText("Since the baseline, " + changes.baseline().describe() + ": ");
		since.appendElement("a").attr("href", PATH).text(TITLE.toLowerCase(java.util.Locale.ROOT));
		box.appendChild(figures(changes, ""));
		return box;
	}

	/**
	 * Added / changed / removed / unchanged, the first three linked to this page: on it,
	 * and on the landing page's summary.
	 */
	static Element figures(Changes changes, String toRoot) {
		Element list = new Element("dl").addClass("summary-figures").addClass("changes-figures");
		figure(list, toRoot, "added", "Added", changes.count(Changes.Kind.ADDED));
		figure(list, toRoot, "changed", "Changed", changes.count(Changes.Kind.CHANGED));
		figure(list, toRoot, "removed", "Removed", changes.count(Changes.Kind.REMOVED));
		Element unchanged = list.appendElement("div").addClass("figure").addClass("figure-unchanged");
		unchanged.appendElement("dt").text("Unchanged");
		unchanged.appendElement("dd").attr("data-figure", "unchanged").text(String.valueOf(changes.unchanged()));
		return list;
	}

	private static void figure(Element list, String toRoot, String kind, String label, long value) {
		Element group = list.appendElement("div").addClass("figure").addClass("figure-" + kind);
		group.appendElement("dt").text(label);
		group.appendElement("dd")
			.attr("data-figure", kind)
			.appendElement("a")
			.attr("href", toRoot + PATH)
			.text(String.valueOf(value));
	}

	private static void specs(Element body, Changes changes) {
		if (changes.specsAdded().isEmpty() && changes.specsRemoved().isEmpty() && changes.specsMoved().isEmpty()) {
			return;
		}
		Element section = section(body, "changed-specs", "Specs added, removed or moved");
		Element list = section.appendElement("ul").addClass("spec-changes");
		for (SpecResult spec : changes.specsAdded()) {
			Element item = list.appendElement("li").addClass("spec-added");
			item.appendElement("span").addClass("change-kind").text("Added");
			item.appendText(" ");
			item.appendElement("a").attr("href", spec.page()).text(spec.title());
			item.appendText(" (" + spec.source() + ")");
		}
		for (SpecResult spec : changes.specsRemoved()) {
			Element item = list.appendElement("li").addClass("spec-removed");
			item.appendElement("span").addClass("change-kind").text("Removed");
			item.appendText(
					" " + spec.title() + " (was " + spec.source() + ", " + spec.examples().size() + " examples)");
		}
		for (Changes.SpecMove move : changes.specsMoved()) {
			Element item = list.appendElement("li").addClass("spec-moved");
			item.appendElement("span").addClass("change-kind").text("Moved");
			item.appendText(" ");
			item.appendElement("a").attr("href", move.now().page()).text(move.now().title());
			item.appendText(" from " + move.before().source() + " to " + move.now().source()
					+ (move.before().title().equals(move.now().title()) ? ""
							: " (titled “" + move.before().title() + "” before)"));
		}
	}

	/** The entries by chapter and spec, in the navigation's order; gone specs last. */
	private static void examples(Element body, Changes changes, SiteMap siteMap) {
		List<String> order = siteMap.chapters()
			.stream()
			.flatMap(chapter -> chapter.specs().stream())
			.map(SiteMap.SpecEntry::path)
			.toList();
		Map<String, List<Changes.Entry>> bySpec = new LinkedHashMap<>();
		changes.entries().stream().sorted(Comparator.comparingInt((Changes.Entry entry) -> {
			int at = order.indexOf(entry.listedUnder().page());
			return at < 0 ? Integer.MAX_VALUE : at;
		}).thenComparing(entry -> entry.listedUnder().source()))
			.forEach(entry -> bySpec.computeIfAbsent(entry.listedUnder().source(), source -> new ArrayList<>())
				.add(entry));
		String chapterShown = null;
		Element chapterSection = null;
		for (List<Changes.Entry> entries : bySpec.values()) {
			SpecResult spec = entries.get(0).listedUnder();
			if (chapterSection == null || !spec.chapter().equals(chapterShown)) {
				chapterShown = spec.chapter();
				chapterSection = section(body,
						"changes-in-" + Anchors.slug(chapterShown.isEmpty() ? "general" : chapterShown),
						chapterTitle(siteMap, chapterShown));
			}
			Element heading = chapterSection.appendElement("h3").id("changes-of-" + Anchors.slug(spec.source()));
			boolean stillThere = entries.stream().anyMatch(entry -> entry.kind() != Changes.Kind.REMOVED)
					|| order.contains(spec.page());
			if (stillThere) {
				heading.appendElement("a").attr("href", spec.page()).text(spec.title());
			}
			else {
				heading.text(spec.title() + " (gone)");
			}
			for (Changes.Entry entry : entries) {
				chapterSection.appendChild(entry(entry, changes));
			}
		}
	}

	private static Element entry(Changes.Entry entry, Changes changes) {
		Element item = new Element("div").addClass("change-entry")
			.addClass("change-" + entry.kind().name().toLowerCase(java.util.Locale.ROOT))
			.id(entry.id());
		Element what = item.appendElement("p").addClass("change-what");
		what.appendElement("span").addClass("change-kind").text(switch (entry.kind()) {
			case ADDED -> "Added";
			case REMOVED -> "Removed";
			case CHANGED -> "Changed";
		});
		what.appendText(" ");
		if (entry.kind() == Changes.Kind.REMOVED) {
			ExampleResult before = entry.before();
			what.appendElement("span").addClass("change-example").text(before.name());
			item.appendElement("p")
				.addClass("change-detail")
				.text("It was in “" + entry.beforeSpec().title() + "” (" + entry.beforeSpec().source()
						+ "), under the heading “" + before.name() + "”, and " + before.status().label() + ".");
			return item;
		}
		what.appendElement("a")
			.addClass("change-example")
			.attr("href", entry.spec().page() + "#" + entry.now().anchor())
			.text(entry.now().name());
		if (entry.kind() == Changes.Kind.ADDED) {
			item.appendElement("p").addClass("change-detail").text("New, and " + entry.now().status().label() + ".");
			return item;
		}
		if (entry.statusChanged()) {
			Element status = item.appendElement("p").addClass("change-detail").addClass("change-status");
			status.appendText("Status: ");
			status.appendChild(StatusMarks.badge(entry.before().status()));
			status.appendText(" → ");
			status.appendChild(StatusMarks.badge(entry.now().status()));
		}
		if (entry.moved()) {
			item.appendElement("p")
				.addClass("change-detail")
				.addClass("change-moved")
				.text("Moved here from “" + entry.beforeSpec().title() + "” (" + entry.beforeSpec().source() + ").");
		}
		if (entry.renamed()) {
			item.appendElement("p")
				.addClass("change-detail")
				.addClass("change-renamed")
				.text("Its heading was “" + entry.before().name() + "”.");
		}
		if (entry.requestChanged()) {
			diff(item, "Request", entry.before().text(Listing.Kind.REQUEST), entry.now().text(Listing.Kind.REQUEST));
		}
		if (entry.answerChanged()) {
			diff(item, "Expected answer", entry.before().text(Listing.Kind.EXPECTED_ANSWER),
					entry.now().text(Listing.Kind.EXPECTED_ANSWER));
		}
		return item;
	}

	/** The whole listing as it is now, the lines that went and came marked. */
	private static void diff(Element item, String label, String before, String now) {
		item.appendElement("div").addClass("change-diff-label").text(label + " changed");
		List<String> old = List.of(before.split("\\R", -1));
		List<String> revised = List.of(now.split("\\R", -1));
		Element pre = item.appendElement("pre").addClass("change-diff");
		int at = 0;
		for (AbstractDelta<String> delta : DiffUtils.diff(old, revised).getDeltas()) {
			for (; at < delta.getSource().getPosition(); at++) {
				line(pre, "diff-same", "  ", old.get(at));
			}
			delta.getSource().getLines().forEach(line -> line(pre, "diff-gone", "- ", line));
			delta.getTarget().getLines().forEach(line -> line(pre, "diff-new", "+ ", line));
			at += delta.getSource().size();
		}
		for (; at < old.size(); at++) {
			line(pre, "diff-same", "  ", old.get(at));
		}
	}

	private static void line(Element pre, String kind, String marker, String text) {
		pre.appendElement("span").addClass(kind).text(marker + text);
	}

	private static Element section(Element body, String id, String title) {
		Element section = body.appendElement("div").addClass("sect1");
		section.appendElement("h2").id(id).text(title);
		return section.appendElement("div").addClass("sectionbody");
	}

	private static String chapterTitle(SiteMap siteMap, String chapter) {
		return siteMap.chapters()
			.stream()
			.filter(known -> known.name().equals(chapter))
			.map(SiteMap.Chapter::title)
			.findFirst()
			.orElse(chapter.isEmpty() ? "General" : chapter);
	}

}
