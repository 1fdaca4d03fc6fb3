package dev.exemplar.docsite;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

import dev.exemplar.spec.results.ExampleResult;
import dev.exemplar.spec.results.ExampleStatus;
import dev.exemplar.spec.results.Exchange;
import dev.exemplar.spec.results.Listing;
import dev.exemplar.spec.results.PageMarkup;
import dev.exemplar.spec.results.ResultsFile;
import dev.exemplar.spec.results.SpecLayout;
import dev.exemplar.spec.results.SpecResult;
import dev.exemplar.spec.results.SuiteResult;

/**
 * Realistic engine output for testing and timing the site builder without the engine:
 * spec sources of a small sample service (a feed of posts), executed XHTML pages
 * (Asciidoctor's xhtml5, marked as the engine marks them, with {@link PageMarkup}),
 * results.json (written by {@link ResultsFile}) and the sample service's contract, in a
 * folder of its own. It never writes to the engine's real output: the real site reads
 * only what the engine wrote.
 */
public final class SampleSpecs {

	/** A phrase in the first sample spec, for search tests. */
	public static final String KNOWN_PHRASE = "ties are broken by id";

	/**
	 * A spec beside the first one that the sample run did not execute; the first one
	 * links to it.
	 */
	private static final String NOT_RUN = "not-run.adoc";

	private static final String[] CHAPTERS = { "feed", "system", "accounts", "search", "moderation" };

	private final Asciidoctor asciidoctor;

	public SampleSpecs(Asciidoctor asciidoctor) {
		this.asciidoctor = asciidoctor;
	}

	/**
	 * Writes {@code count} specs: sources under the layout's specs root, executed pages
	 * and results.json in its output.
	 */
	public void write(int count, SpecLayout layout) throws IOException {
		write(count, layout, false);
	}

	/**
	 * Writes the same suite as a later run would, after five edits ({@code count} ≥ 7),
	 * spec by spec ({@code chapter/topic-n}): topic-1's "Storing the same id again is a
	 * conflict" expects another answer; topic-2 has a new example, "Posts can be
	 * searched"; topic-3 lost "A post is stored once"; topic-4's "A post is stored once"
	 * fails; "Posts are kept a year" moved from topic-5 to topic-6.
	 */
	public void writeSecondRun(int count, SpecLayout layout) throws IOException {
		write(count, layout, true);
	}

	private void write(int count, SpecLayout layout, boolean secondRun) throws IOException {
		List<SpecResult> specs = new ArrayList<>();
		for (int n = 0; n < count; n++) {
			String source = source(n);
			String adoc = adoc(n, secondRun);
			Path sourceFile = layout.source(source);
			Files.createDirectories(sourceFile.getParent());
			Files.writeString(sourceFile, adoc, StandardCharsets.UTF_8);
			SpecResult spec = spec(n, adoc, secondRun);
			Path page = layout.page(source);
			Files.createDirectories(page.getParent());
			Files.writeString(page, executedPage(adoc, spec.examples()), StandardCharsets.UTF_8);
			specs.add(spec);
		}
		ResultsFile.write(layout.resultsFile(), new SuiteResult(specs));
		// a spec of the suite that this run did not execute (a run of some specs): its
		// source only
		Files.writeString(layout.source(CHAPTERS[0] + "/" + NOT_RUN), adoc("What a post holds"),
				StandardCharsets.UTF_8);
	}

	/**
	 * What the engine would write of the {@code count} sample specs, first or second run,
	 * without their pages.
	 */
	public static SuiteResult results(int count, boolean secondRun) {
		List<SpecResult> specs = new ArrayList<>();
		for (int n = 0; n < count; n++) {
			specs.add(spec(n, adoc(n, secondRun), secondRun));
		}
		return new SuiteResult(specs);
	}

	private static String source(int n) {
		return CHAPTERS[n % CHAPTERS.length] + "/" + (n == 0 ? "latest" : "topic-" + n) + ".adoc";
	}

	private static String title(int n) {
		return n == 0 ? "The latest posts" : "Behaviour number " + n;
	}

	private static SpecResult spec(int n, String adoc, boolean secondRun) {
		return new SpecResult(source(n), SpecLayout.pageOf(source(n)), title(n), examples(n, adoc, secondRun));
	}

	private static String adoc(int n, boolean secondRun) {
		String adoc = adoc(title(n))
				+ (n == 0 ? "\nWhat a post may hold is in xref:" + NOT_RUN + "[a spec this run left out].\n" : "");
		if (n == (secondRun ? 6 : 5)) {
			adoc += KEPT_A_YEAR;
		}
		if (!secondRun) {
			return adoc;
		}
		return switch (n) {
			case 1 -> adoc.replace("\"detail\": \"${any-string}\"}",
					"\"detail\": \"${any-string}\", \"type\": \"about:blank\"}");
			case 2 -> adoc + SEARCHED;
			case 3 -> adoc.replaceFirst("(?s)== A post is stored once.*?(?=== )", "");
			default -> adoc;
		};
	}

	private static final String KEPT_A_YEAR = """

			== Posts are kept a year

			[source,http]
			----
			GET /posts/p1
			----

			[source,json]
			----
			200

			{"id": "p1", "expires_at": "2015-08-11T10:00:00Z"}
			----
			""";

	private static final String SEARCHED = """

			== Posts can be searched

			[source,http]
			----
			GET /posts?q=hello
			----

			[source,json]
			----
			200

			[{"id": "p1", "text": "hello"}]
			----
			""";

	/**
	 * Writes the sample service's OpenAPI contract, which the sample specs exercise in
	 * part.
	 */
	public static void writeContract(Path file) throws IOException {
		Files.createDirectories(file.toAbsolutePath().getParent());
		try (var in = SampleSpecs.class.getResourceAsStream("sample-openapi.yaml")) {
			Files.write(file, in.readAllBytes());
		}
	}

	private static String adoc(String title) {
		return """
				= %s

				The feed answers the newest posts first; ties are broken by id, descending.
				Each example builds on the state the one before it left.

				== Newest posts come first

				Two posts stored a minute apart come back newest first.

				.Given these rows in posts
				|===
				| id | created_at           | text
				| p1 | 2014-08-11T10:00:00Z | hello
				| p2 | 2014-08-11T10:01:00Z | world
				|===

				[source,http]
				----
				GET /latest?limit=2
				----

				[source,json]
				----
				200

				[{"id": "p2", "text": "world", "created_at": "2014-08-11T10:01:00Z"},
				 {"id": "p1", "text": "hello", "created_at": "2014-08-11T10:00:00Z"}]
				----

				== A post is stored once

				[source,http]
				----
				POST /posts
				Content-Type: application/json

				{"id": "p3", "created_at": "2014-08-11T10:02:00Z", "text": "again"}
				----

				[source,json]
				----
				201
				Location: ${any-string}
				----

				== Storing the same id again is a conflict

				[source,http]
				----
				POST /posts
				Content-Type: application/json

				{"id": "p3", "created_at": "2014-08-11T10:02:00Z", "text": "again"}
				----

				[source,json]
				----
				409

				{"title": "Conflict", "status": 409, "detail": "${any-string}"}
				----

				[.pending]
				== Posts can be deleted

				[source,http]
				----
				DELETE /posts/p3
				----

				[source,json]
				----
				204
				----
				""".formatted(title);
	}

	private static final Pattern SECTION = Pattern.compile("(?m)^== (.+)$");

	private static final Pattern LISTING = Pattern.compile("(?s)\\[source,(http|json)]\n----\n(.*?)\n----");

	/**
	 * Its examples as the engine would report them: one per section, with its listings
	 * and a status.
	 */
	private static List<ExampleResult> examples(int n, String adoc, boolean secondRun) {
		List<ExampleResult> examples = new ArrayList<>();
		Matcher heading = SECTION.matcher(adoc);
		List<Integer> starts = new ArrayList<>();
		List<String> names = new ArrayList<>();
		while (heading.find()) {
			starts.add(heading.end());
			names.add(heading.group(1).strip());
		}
		for (int i = 0; i < names.size(); i++) {
			String section = adoc.substring(starts.get(i), i + 1 < starts.size() ? starts.get(i + 1) : adoc.length());
			List<Listing> listings = new ArrayList<>();
			Matcher listing = LISTING.matcher(section);
			while (listing.find()) {
				listings.add(new Listing(
						listing.group(1).equals("http") ? Listing.Kind.REQUEST : Listing.Kind.EXPECTED_ANSWER,
						listing.group(2)));
			}
			String name = names.get(i);
			examples.add(new ExampleResult(name, Anchors.slug(name), status(n, name, secondRun),
					List.of(exchange(n, name)), listings));
		}
		return examples;
	}

	private static ExampleStatus status(int n, String example, boolean secondRun) {
		return switch (example) {
			case "Newest posts come first" -> n % 7 == 3 ? ExampleStatus.FAILED : ExampleStatus.PASSED;
			case "A post is stored once" -> secondRun && n == 4 ? ExampleStatus.FAILED : ExampleStatus.PASSED;
			case "Storing the same id again is a conflict" -> n == 0 ? ExampleStatus.FAILED : ExampleStatus.PASSED;
			case "Posts can be deleted" -> ExampleStatus.PENDING;
			default -> ExampleStatus.PASSED;
		};
	}

	private static Exchange exchange(int n, String example) {
		return switch (example) {
			case "Newest posts come first" -> new Exchange("GET", "/latest?limit=2", n % 7 == 3 ? 500 : 200);
			case "A post is stored once" -> new Exchange("POST", "/posts", 201);
			case "Storing the same id again is a conflict" -> new Exchange("POST", "/posts", n == 0 ? 201 : 409);
			case "Posts can be deleted" -> new Exchange("DELETE", "/posts/p3", 405);
			default -> new Exchange("GET", "/posts", 200);
		};
	}

	private String executedPage(String adoc, List<ExampleResult> examples) {
		String xhtml = asciidoctor.convert(adoc,
				Options.builder()
					.standalone(true)
					.safe(SafeMode.UNSAFE)
					.backend("xhtml5")
					.attributes(Attributes.builder()
						.attribute("webfonts!", "")
						.attribute("nofooter", "")
						.attribute("idprefix", "")
						.attribute("idseparator", "-")
						.attribute("sectanchors", "")
						.build())
					.build());
		Document document = Jsoup.parse(xhtml);
		int index = 0;
		for (Element section : document.select("div.sect1")) {
			if (index >= examples.size()) {
				break;
			}
			ExampleResult example = examples.get(index++);
			section.id(PageMarkup.exampleId(example.anchor()))
				.addClass(PageMarkup.EXAMPLE)
				.addClass(PageMarkup.statusClass(example.status()));
			Element expectation = section.select("div.listingblock").last();
			// a pending example's expectation fails, as it must while the behaviour is
			// not built
			expectation.addClass(PageMarkup
				.statusClass(example.status() == ExampleStatus.PASSED ? ExampleStatus.PASSED : ExampleStatus.FAILED));
			if (example.status() == ExampleStatus.FAILED) {
				Element failure = expectation.appendElement("div").addClass(PageMarkup.FAILURE);
				failure.appendElement("p")
					.addClass(PageMarkup.FAILURE_TITLE)
					.text("The answer differs from the expectation");
				failure.appendElement("pre")
					.addClass(PageMarkup.DIFF)
					.text("status: expected 409 but was 201\n\n"
							+ "The answer was:\nPOST /posts → 201 application/json\n{\"id\":\"p3\"}");
				expectation.appendElement("pre")
					.addClass(PageMarkup.SERVER_LOG)
					.text("2026-11-21T06:00:01.123Z  INFO 4242 --- [sample] [nio-8080-exec-1] c.e.posts.PostController : stored p3\n"
							+ "2026-11-21T06:00:01.125Z  WARN 4242 --- [sample] [nio-8080-exec-1] o.s.web.servlet : a long line that does not wrap, to show that the log scrolls sideways inside its own box");
			}
		}
		document.outputSettings().syntax(Document.OutputSettings.Syntax.xml).escapeMode(Entities.EscapeMode.xhtml);
		return document.outerHtml();
	}

}
