package dev.exemplar;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import com.sun.net.httpserver.HttpServer;
import org.asciidoctor.Asciidoctor;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.util.FileSystemUtils;

import dev.exemplar.docsite.Guides;
import dev.exemplar.docsite.SampleSpecs;
import dev.exemplar.testsupport.WebTest;
import dev.exemplar.docsite.SiteBuild;
import dev.exemplar.docsite.SiteSettings;
import dev.exemplar.docsite.browser.Browser;
import dev.exemplar.docsite.browser.SiteCrawl;
import dev.exemplar.spec.results.ResultsFile;
import dev.exemplar.spec.results.SpecLayout;
import dev.exemplar.spec.results.SpecResult;
import dev.exemplar.spec.results.SuiteResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Exemplar's documentation site in a real browser (headless Chromium), opened from the
 * file system as a static host would serve it. Two sites: the one this build assembled
 * from the engine's real output, and one built with the same settings from generated
 * sample output (and the sample's contract) with passed, failed and pending examples, so
 * that every check also has something to bite on when few or no specs ran. Screenshots
 * land in target/docs-site-screenshots/.
 */
@WebTest
class DocsSiteIT {

	private static final SiteSettings SETTINGS = ExemplarDocsSite.settings(Path.of(""), "");

	private static final Path REAL_SITE = SETTINGS.output();

	private static final Path SAMPLE = Path.of("target/docs-site-sample").toAbsolutePath();

	private static final Path SAMPLE_SITE = SAMPLE.resolve("site");

	/**
	 * The sample suite run a second time, after five edits, its site compared with the
	 * first one's.
	 */
	private static final Path SECOND_SAMPLE_SITE = SAMPLE.resolve("second/site");

	private static final Path SCREENSHOTS = Path.of("target/docs-site-screenshots").toAbsolutePath();

	/**
	 * What the tests read of every page: how far it scrolls sideways, and its examples'
	 * badges and anchors. Read by the crawl, at a phone's width, so that each page is
	 * opened once for all the tests that read every page.
	 */
	private static final String PAGE_FACTS = """
			return {
			  overflow: document.documentElement.scrollWidth - window.innerWidth,
			  notRun: !!document.querySelector('.not-run-note'),
			  examples: Array.from(document.querySelectorAll('.spec-example')).map(example => {
			    const badge = example.querySelector('.status-badge');
			    const anchor = example.querySelector('a.example-anchor');
			    const target = anchor && anchor.hash ? decodeURIComponent(anchor.hash.substring(1)) : null;
			    const box = badge ? badge.getBoundingClientRect() : null;
			    return {shown: !!badge && badge.checkVisibility({opacityProperty: true, visibilityProperty: true})
			                && box.width > 0 && box.height > 0,
			            status: badge ? badge.innerText.trim() : '', hash: anchor ? anchor.hash : '',
			            targets: target ? document.querySelectorAll('[id="' + CSS.escape(target) + '"]').length : 0};
			  })
			};""";

	/**
	 * Both sites crawled from their landing pages, each page opened once, at a phone's
	 * width.
	 */
	private static final Map<Path, SiteCrawl> CRAWLS = new HashMap<>();

	private static Browser browser;

	private static ChromeDriver driver;

	@BeforeAll
	static void buildSampleSiteAndOpenBrowser() throws IOException {
		assertThat(REAL_SITE.resolve("index.html")).as("the build assembles the site before this test").isRegularFile();
		FileSystemUtils.deleteRecursively(SAMPLE);
		SpecLayout sample = new SpecLayout(SAMPLE.resolve("specs"), SAMPLE.resolve("target/specs"));
		Asciidoctor asciidoctor = Asciidoctor.Factory.create(); // one JRuby for the
																// sample's pages and its
																// site
		try {
			new SampleSpecs(asciidoctor).write(7, sample);
			SampleSpecs.writeContract(SAMPLE.resolve("openapi.yaml"));
			new SiteBuild(SETTINGS.toBuilder()
				.specsRoot(sample.specsRoot().toString())
				.engineOutput(sample.outputDir().toString())
				.contract(SAMPLE.resolve("openapi.yaml").toString())
				.output(SAMPLE_SITE.toString())
				.build()).run(asciidoctor);
			SpecLayout second = new SpecLayout(SAMPLE.resolve("second/specs"), SAMPLE.resolve("second/target/specs"));
			new SampleSpecs(asciidoctor).writeSecondRun(7, second);
			new SiteBuild(SETTINGS.toBuilder()
				.specsRoot(second.specsRoot().toString())
				.engineOutput(second.outputDir().toString())
				.contract(SAMPLE.resolve("openapi.yaml").toString())
				.output(SECOND_SAMPLE_SITE.toString())
				.build()).comparedWith(SAMPLE_SITE.toString()).run(asciidoctor);
		}
		finally {
			asciidoctor.shutdown();
		}
		browser = new Browser();
		driver = browser.driver();
		browser.size(Browser.PHONE);
		try {
			for (Path site : List.of(REAL_SITE, SAMPLE_SITE)) {
				CRAWLS.put(site, new SiteCrawl(driver, site, PAGE_FACTS).run());
			}
		}
		finally {
			browser.size(Browser.DESKTOP);
		}
	}

	@AfterAll
	static void closeBrowser() throws IOException {
		if (browser != null) {
			browser.close();
		}
	}

	@Test
	void theLandingPageShowsTheSummary() throws IOException {
		open(REAL_SITE, "index.html");
		WebElement summary = driver.findElement(By.id("build-summary"));
		assertThat(summary.isDisplayed()).isTrue();
		assertThat(summary.getText()).contains("SPECS", "PASSED", "FAILED", "PENDING")
			.containsPattern("Built \\d{4}-\\d\\d-\\d\\d");
		Optional<SuiteResult> ran = ResultsFile.read(SETTINGS.specs().resultsFile());
		SuiteResult results = ran.orElseGet(() -> new SuiteResult(List.of()));
		assertThat(figure("specs")).isEqualTo(String.valueOf(results.specs().size()));
		assertThat(figure("failed")).isEqualTo(String.valueOf(results.tally().failed()));
		if (ran.isEmpty()) {
			assertThat(summary.getText()).contains("No specs ran in this build");
		}
		browser.screenshot(SCREENSHOTS.resolve("real-landing-desktop.png"));

		open(SAMPLE_SITE, "index.html");
		assertThat(figure("specs")).isEqualTo("7");
		assertThat(figure("passed")).isEqualTo("20");
		assertThat(figure("failed")).isEqualTo("2");
		assertThat(figure("pending")).isEqualTo("7");
		assertThat(driver.findElement(By.cssSelector(".summary-build code")).getText()).isNotBlank();
		browser.screenshot(SCREENSHOTS.resolve("sample-landing-desktop.png"));
	}

	@Test
	void everyInternalLinkResolves() {
		for (Path site : List.of(REAL_SITE, SAMPLE_SITE)) {
			SiteCrawl crawl = CRAWLS.get(site);
			assertThat(crawl.broken()).as("broken links in " + site).isEmpty();
			assertThat(crawl.pages()).as("pages reached in " + site)
				.contains(site.resolve("api.html"), site.resolve("coverage.html"), site.resolve("search.html"));
		}
	}

	@Test
	void everyExampleCarriesAStatus() throws IOException {
		for (Path site : List.of(REAL_SITE, SAMPLE_SITE)) {
			for (Path page : specPages(site)) {
				// a spec that did not run shows no result
				List<String> statuses = Boolean.TRUE.equals(facts(site, page).get("notRun"))
						? List.of("not run in this build") : List.of("passed", "failed", "pending", "ignored");
				assertThat(examples(site, page)).as(page + ": its examples").allSatisfy(example -> {
					assertThat(example.get("shown")).as("its status badge is shown").isEqualTo(true);
					assertThat(((String) example.get("status")).toLowerCase()).isIn(statuses);
					assertThat((String) example.get("hash")).as("its anchor").startsWith("#");
					assertThat(example.get("targets")).as("elements its anchor names").isEqualTo(1L);
				});
			}
		}
		open(SAMPLE_SITE, "feed/latest.html");
		assertThat(statuses()).containsExactly("PASSED", "PASSED", "FAILED", "PENDING");
		WebElement failed = driver.findElement(By.cssSelector(".spec-example.spec-failed"));
		assertThat(failed.findElement(By.cssSelector(".spec-failure")).getText()).contains("409", "201");
		assertThat(failed.findElement(By.cssSelector("pre.spec-server-log")).isDisplayed()).isTrue();
		assertThat(driver.findElement(By.cssSelector(".page-source a")).getText()).endsWith("specs/feed/latest.adoc");
		browser.screenshot(SCREENSHOTS.resolve("sample-spec-desktop.png"));
		List<Path> realSpecs = specPages(REAL_SITE);
		if (!realSpecs.isEmpty()) {
			driver.get(realSpecs.get(0).toUri().toString());
			browser.screenshot(SCREENSHOTS.resolve("real-spec-desktop.png"));
		}
		driver.get(SAMPLE_SITE.resolve("feed/latest.html").toUri() + "#storing-the-same-id-again-is-a-conflict");
		browser.screenshot(SCREENSHOTS.resolve("sample-failed-example-desktop.png"));
	}

	/**
	 * Every spec page of this build's site: each request and each expected answer says in
	 * words which it is, and each request can be read as a curl command (unfolded by a
	 * click).
	 */
	@Test
	void eachRequestAndExpectedAnswerSaysWhichItIs() throws IOException {
		int labelled = 0;
		for (Path page : specPages(REAL_SITE)) {
			driver.get(page.toUri().toString());
			for (var listing : Map.of("spec-request", "REQUEST", "spec-expected-answer", "EXPECTED ANSWER")
				.entrySet()) {
				List<WebElement> blocks = driver.findElements(By.className(listing.getKey()));
				assertThat(blocks).as(page + ": " + listing.getKey()).allSatisfy(block -> {
					WebElement label = block.findElement(By.cssSelector(".listing-label"));
					assertThat(label.isDisplayed()).isTrue();
					assertThat(label.getText()).isEqualTo(listing.getValue());
				});
				labelled += blocks.size();
			}
			assertThat(driver.findElements(By.className("spec-request"))).as(page + ": each request as curl")
				.allSatisfy(request -> assertThat(
						request.findElement(By.xpath("following-sibling::*[1]")).getAttribute("class"))
					.isEqualTo("as-curl"));
		}
		assertThat(labelled).as("labelled listings in this build's site").isPositive();
	}

	/**
	 * A request's curl command, unfolded, has a button (read out as what it does) that
	 * puts the command on the clipboard.
	 */
	@Test
	void theCopyButtonPutsTheCurlCommandOnTheClipboard() throws IOException {
		Path page = specPages(REAL_SITE).stream()
			.filter(file -> read(file).select(".as-curl").size() > 0)
			.findFirst()
			.orElseThrow(() -> new AssertionError("no page of this build's site has a curl command"));
		driver.setPermission("clipboard-read", "granted");
		driver.setPermission("clipboard-write", "granted");
		driver.get(page.toUri().toString());
		WebElement curl = driver.findElement(By.cssSelector(".as-curl"));
		curl.findElement(By.tagName("summary")).click();
		String command = curl.findElement(By.tagName("code")).getText();
		assertThat(command).startsWith("curl -X ").contains("http://localhost:8080/");
		WebElement button = curl.findElement(By.cssSelector("button.copy-curl"));
		assertThat(button.getTagName()).isEqualTo("button");
		assertThat(button.getAccessibleName()).isEqualTo("Copy the curl command");
		button.click();
		new WebDriverWait(driver, Duration.ofSeconds(5)).until(ExpectedConditions
			.textToBePresentInElement(curl.findElement(By.cssSelector(".copy-status")), "Copied"));
		Object clipboard = driver.executeAsyncScript(
				"const done = arguments[0]; navigator.clipboard.readText().then(done, e => done('unreadable: ' + e));");
		assertThat(clipboard).isEqualTo(command);

		// served at /docs, as the service serves it, the command names the page's own
		// server
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/docs/", exchange -> {
			Path file = REAL_SITE.resolve(exchange.getRequestURI().getPath().substring("/docs/".length())).normalize();
			byte[] body = file.startsWith(REAL_SITE) && Files.isRegularFile(file) ? Files.readAllBytes(file)
					: new byte[0];
			exchange.sendResponseHeaders(body.length > 0 ? 200 : 404, body.length > 0 ? body.length : -1);
			exchange.getResponseBody().write(body);
			exchange.close();
		});
		server.start();
		try {
			String origin = "http://127.0.0.1:" + server.getAddress().getPort();
			driver.get(origin + "/docs/" + REAL_SITE.relativize(page).toString().replace('\\', '/'));
			WebElement served = driver.findElement(By.cssSelector(".as-curl"));
			served.findElement(By.tagName("summary")).click();
			assertThat(served.findElement(By.tagName("code")).getText())
				.isEqualTo(command.replace("http://localhost:8080", origin));
		}
		finally {
			server.stop(0);
		}
	}

	/**
	 * JSON, HTTP and SQL come highlighted from the build, in colours of the theme: a JSON
	 * key is not in the listing's own colour.
	 */
	@Test
	void listingsAreHighlightedAtBuildTime() throws IOException {
		Path page = specPages(REAL_SITE).stream()
			.filter(file -> read(file).select("pre.rouge .nl").size() > 0)
			.findFirst()
			.orElseThrow(() -> new AssertionError("no page of this build's site has a highlighted JSON key"));
		driver.get(page.toUri().toString());
		WebElement key = driver.findElement(By.cssSelector("pre.rouge .nl"));
		WebElement listing = key.findElement(By.xpath("ancestor::pre[1]"));
		assertThat(key.getCssValue("color")).isNotEqualTo(listing.getCssValue("color"));
		assertThat(driver.findElements(By.tagName("script")).stream().map(script -> script.getAttribute("src")))
			.as("no highlighter runs in the page")
			.noneMatch(src -> src != null && src.contains("highlight"));
	}

	/**
	 * The weather lookup's first example shows its exchange as a picture: the client, the
	 * service and the weather provider, and every call and answer in order.
	 */
	@Test
	void anExampleWithOutsideCallsShowsItsExchangeAsAPicture() throws IOException {
		Path weather = REAL_SITE.resolve("weather/lookup.html");
		// a run of some specs renders the others from their sources, without pictures
		org.junit.jupiter.api.Assumptions.assumeFalse(Files.readString(weather).contains("not-run-note"),
				"the weather specs ran");
		driver.get(weather.toUri().toString());
		WebElement picture = driver.findElement(By.cssSelector(".spec-example svg.sequence-picture"));
		assertThat(picture.isDisplayed()).isTrue();
		assertThat(picture.getSize().getHeight()).isGreaterThan(100);
		assertThat(picture.findElements(By.cssSelector(".party-name")).stream().map(WebElement::getText))
			.containsExactly("Client", "Exemplar", "weather provider");
		assertThat(picture.findElements(By.cssSelector("text.message")).stream().map(WebElement::getText))
			.satisfiesExactly(call -> assertThat(call).isEqualTo("GET /weather?zip=94040"),
					outside -> assertThat(outside).startsWith("GET /data/2.5/weather?zip=94040"),
					answer -> assertThat(answer).isEqualTo("200"), answer -> assertThat(answer).isEqualTo("200"));
		assertThat(picture.findElement(By.tagName("desc")).getAttribute("textContent"))
			.contains("2. Exemplar → weather provider: GET /data/2.5/weather?zip=94040,us&appid=spec-key&units=metric");
		assertThat(driver.findElements(By.cssSelector(".spec-example .behind-the-scenes"))).isNotEmpty();
		browser.screenshot(SCREENSHOTS.resolve("real-weather-desktop.png"));
	}

	/**
	 * Chapters and specs in the order a reader learns them, as the chapters'
	 * introductions state it, and a way on from every spec page: following "next" from
	 * the first spec goes through every spec page once, in the navigation's order, and
	 * "previous" leads back.
	 */
	@Test
	void theSpecsReadInTheOrderTheChaptersStateWithAWayOnFromEach() throws IOException {
		Document landing = Jsoup.parse(REAL_SITE.resolve("index.html").toFile());
		List<String> chapters = landing.select(".site-nav .nav-chapter:not(.nav-guides) > details > summary")
			.eachText();
		assertThat(chapters)
			.startsWith("Getting started", "The tweet feed", "Scores", "Weather", "Databases on demand",
					"Across the API")
			.endsWith("For spec authors");
		List<String> inNavigation = landing.select(".site-nav .nav-chapter:not(.nav-guides) li a").eachAttr("href");
		assertThat(inNavigation).as("spec pages in the navigation").isNotEmpty();
		List<String> reached = new java.util.ArrayList<>();
		for (String page = inNavigation.get(0); page != null;) {
			reached.add(page);
			Document spec = Jsoup.parse(REAL_SITE.resolve(page).toFile());
			Element next = spec.selectFirst(".reading-order a.next");
			String following = next == null ? null
					: REAL_SITE.relativize(REAL_SITE.resolve(page).getParent().resolve(next.attr("href")).normalize())
						.toString()
						.replace('\\', '/');
			if (following != null) {
				Element back = Jsoup.parse(REAL_SITE.resolve(following).toFile())
					.selectFirst(".reading-order a.previous");
				assertThat(REAL_SITE.resolve(following).getParent().resolve(back.attr("href")).normalize())
					.as("previous of " + following)
					.isEqualTo(REAL_SITE.resolve(page).normalize());
			}
			page = following;
		}
		assertThat(reached).isEqualTo(inNavigation);
	}

	@Test
	void searchFindsAPhraseKnownToBeInASpec() throws IOException {
		search(SAMPLE_SITE, SampleSpecs.KNOWN_PHRASE);
		List<WebElement> hits = driver.findElements(By.cssSelector("#search-results a.result-title"));
		assertThat(hits).isNotEmpty();
		assertThat(hits.get(0).getAttribute("href")).contains("feed/latest.html");
		browser.screenshot(SCREENSHOTS.resolve("sample-search-desktop.png"));
		hits.get(0).click();
		assertThat(driver.getCurrentUrl()).contains("feed/latest.html");

		Optional<SpecResult> withExamples = ResultsFile.read(SETTINGS.specs().resultsFile())
			.stream()
			.flatMap(results -> results.specs().stream())
			.filter(spec -> !spec.examples().isEmpty())
			.findFirst();
		if (withExamples.isPresent()) {
			SpecResult spec = withExamples.get();
			search(REAL_SITE, spec.examples().get(0).name());
			assertThat(driver.findElements(By.cssSelector("#search-results a.result-title")))
				.anySatisfy(hit -> assertThat(hit.getAttribute("href")).contains(spec.page()));
		}
		else {
			search(REAL_SITE, "Store one tweet");
			assertThat(driver.findElements(By.cssSelector("#search-results a.result-title")))
				.anySatisfy(hit -> assertThat(hit.getAttribute("href")).contains("api.html"));
		}
	}

	@Test
	void theGuidesAreInTheNavigationAndTheSearch() throws IOException {
		List<Path> guides = SETTINGS.sources().guides();
		assertThat(guides).as("docs-site/guides").isNotEmpty();
		open(REAL_SITE, "feed/index.html");
		List<String> listed = driver.findElements(By.cssSelector(".site-nav .nav-guides a"))
			.stream()
			.map(link -> link.getAttribute("href"))
			.toList();
		for (Path guide : guides) {
			String page = "guides/" + guide.getFileName().toString().replace(".adoc", ".html");
			assertThat(listed).as("the navigation's guides").anySatisfy(href -> assertThat(href).endsWith(page));
		}
		search(REAL_SITE, "nginx passively");
		assertThat(driver.findElements(By.cssSelector("#search-results a.result-title")))
			.anySatisfy(hit -> assertThat(hit.getAttribute("href")).contains("guides/operating-the-service.html"));
		// every spec a guide links to is among the real site's specs
		for (Path page : htmlPages(REAL_SITE)) {
			assertThat(Files.readString(page)).as(page + ": a guide's link to a spec the site does not hold")
				.doesNotContain("class=\"" + Guides.MISSING_SPEC + "\"");
		}
	}

	@Test
	void aSpecThatDidNotRunHasAPageRenderedFromItsSource() throws IOException {
		open(SAMPLE_SITE, "feed/index.html");
		driver.findElement(By.linkText("What a post holds (did not run)")).click();
		assertThat(driver.getCurrentUrl()).endsWith("feed/not-run.html");
		assertThat(driver.findElement(By.cssSelector(".not-run-note")).getText()).startsWith("Not run in this build");
		assertThat(driver.findElements(By.cssSelector("h2 .status-not-run"))).isNotEmpty()
			.allSatisfy(badge -> assertThat(badge.getText()).isEqualToIgnoringCase("not run in this build"));
		assertThat(driver.findElements(By.cssSelector(".site-nav a[aria-current=page]"))).hasSize(1);
	}

	@Test
	void everyPageFitsAPhoneWidthWindow() throws IOException {
		browser.size(Browser.PHONE);
		try {
			for (Path site : List.of(REAL_SITE, SAMPLE_SITE)) {
				for (Path page : htmlPages(site)) {
					Number overflow = (Number) facts(site, page).get("overflow");
					assertThat(overflow.intValue()).as(page + " scrolls sideways on a phone").isLessThanOrEqualTo(0);
				}
			}
			for (String page : List.of("index.html", "feed/latest.html", "feed/index.html", "api.html",
					"coverage.html")) {
				open(SAMPLE_SITE, page);
				browser
					.screenshot(SCREENSHOTS.resolve("sample-phone-" + page.replace('/', '-').replace(".html", ".png")));
			}
			open(REAL_SITE, "index.html");
			browser.screenshot(SCREENSHOTS.resolve("real-phone-landing.png"));
			List<Path> realSpecs = specPages(REAL_SITE);
			if (!realSpecs.isEmpty()) {
				driver.get(realSpecs.get(0).toUri().toString());
				browser.screenshot(SCREENSHOTS.resolve("real-phone-spec.png"));
			}
		}
		finally {
			browser.size(Browser.DESKTOP);
		}
	}

	@Test
	void theApiReferenceAndCoverageShowWhatNoExampleExercises() throws IOException {
		open(SAMPLE_SITE, "coverage.html");
		assertThat(driver.findElements(By.cssSelector("tr.coverage-missing .no-example"))).isNotEmpty();
		assertThat(driver.findElements(By.cssSelector("tr.coverage-covered a.example-ref"))).isNotEmpty();
		assertThat(driver.findElement(By.id("not-in-the-contract")).isDisplayed()).isTrue();
		browser.screenshot(SCREENSHOTS.resolve("sample-coverage-desktop.png"));
		open(SAMPLE_SITE, "api.html");
		assertThat(driver.findElement(By.id("op-latestPosts")).getText()).contains("GET", "/latest");
		browser.screenshot(SCREENSHOTS.resolve("sample-api-desktop.png"));
	}

	/**
	 * The sample's second run, compared with its first: the landing page counts the
	 * changes and leads to their page, which lists the five edits by spec; an entry leads
	 * to its example, whose mark leads back. A site built without a baseline has neither
	 * the page nor a mark.
	 */
	@Test
	void theChangesPageListsWhatTheSecondRunChangedAndLeadsToEachExample() throws IOException {
		open(SECOND_SAMPLE_SITE, "index.html");
		assertThat(List.of(figure("added"), figure("changed"), figure("removed"))).containsExactly("1", "3", "1");
		driver.findElement(By.cssSelector(".summary-changes-since a")).click();
		assertThat(driver.getCurrentUrl()).endsWith("/changes.html");
		assertThat(driver.findElements(By.cssSelector(".change-entry")).stream().map(WebElement::getText)).hasSize(5)
			.anySatisfy(entry -> assertThat(entry).startsWith("CHANGED Storing the same id again is a conflict"))
			.anySatisfy(entry -> assertThat(entry).startsWith("ADDED Posts can be searched"))
			.anySatisfy(entry -> assertThat(entry).startsWith("REMOVED A post is stored once"))
			.anySatisfy(entry -> assertThat(entry).contains("PASSED → FAILED"))
			.anySatisfy(entry -> assertThat(entry).contains("Moved here from “Behaviour number 5”"));
		browser.screenshot(SCREENSHOTS.resolve("sample-changes-desktop.png"));

		String entryId = "change-system-topic-1-storing-the-same-id-again-is-a-conflict";
		driver.findElement(By.cssSelector("#" + entryId + " a.change-example")).click();
		assertThat(driver.getCurrentUrl()).endsWith("system/topic-1.html#storing-the-same-id-again-is-a-conflict");
		WebElement mark = driver
			.findElement(By.cssSelector("#example-storing-the-same-id-again-is-a-conflict .change-mark a"));
		assertThat(mark.isDisplayed()).isTrue();
		assertThat(mark.getText()).startsWith("changed since ").containsPattern("\\d{4}-\\d\\d-\\d\\d");
		assertThat(driver.findElements(By.cssSelector(".change-mark"))).as("marks on topic-1's page").hasSize(1);
		mark.click();
		assertThat(driver.getCurrentUrl()).endsWith("changes.html#" + entryId);

		browser.size(Browser.PHONE);
		try {
			for (String page : List.of("changes.html", "system/topic-1.html", "index.html")) {
				open(SECOND_SAMPLE_SITE, page);
				Number overflow = (Number) driver
					.executeScript("return document.documentElement.scrollWidth - window.innerWidth");
				assertThat(overflow.intValue()).as(page + " scrolls sideways on a phone").isLessThanOrEqualTo(0);
			}
			open(SECOND_SAMPLE_SITE, "changes.html");
			browser.screenshot(SCREENSHOTS.resolve("sample-phone-changes.png"));
		}
		finally {
			browser.size(Browser.DESKTOP);
		}
		assertThat(SAMPLE_SITE.resolve("changes.html")).as("a site built without a baseline").doesNotExist();
		for (Path page : htmlPages(SAMPLE_SITE)) {
			// the guides name the page in their text: what must not be there is a mark or
			// a link to it
			assertThat(Files.readString(page)).as(page.toString())
				.doesNotContain("class=\"change-mark")
				.doesNotContainPattern("href=\"[./]*changes\\.html");
		}
	}

	/**
	 * What {@link #PAGE_FACTS} read of a page at a phone's width: as the crawl read it,
	 * or read now if no link leads to the page.
	 */
	@SuppressWarnings("unchecked")
	private static Map<String, Object> facts(Path site, Path page) {
		Object crawled = CRAWLS.get(site).probed().get(page.toAbsolutePath().normalize());
		if (crawled != null) {
			return (Map<String, Object>) crawled;
		}
		Dimension size = driver.manage().window().getSize();
		browser.size(Browser.PHONE);
		try {
			driver.get(page.toUri().toString());
			return (Map<String, Object>) driver.executeScript(PAGE_FACTS);
		}
		finally {
			browser.size(size);
		}
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> examples(Path site, Path page) {
		return (List<Map<String, Object>>) facts(site, page).get("examples");
	}

	private static void open(Path site, String page) {
		driver.get(site.resolve(page).toUri().toString());
	}

	private static String figure(String status) {
		return driver.findElement(By.cssSelector("[data-figure=" + status + "]")).getText();
	}

	private static List<String> statuses() {
		return driver.findElements(By.cssSelector(".spec-example .status-badge"))
			.stream()
			.map(WebElement::getText)
			.toList();
	}

	private static void search(Path site, String phrase) {
		open(site, "index.html");
		WebElement box = driver.findElement(By.cssSelector(".site-search input[name=q]"));
		box.sendKeys(phrase);
		box.submit();
		new WebDriverWait(driver, Duration.ofSeconds(10))
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("search-status"), "“"));
	}

	private static Document read(Path page) {
		try {
			return Jsoup.parse(page.toFile(), "UTF-8");
		}
		catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	private static List<Path> htmlPages(Path site) throws IOException {
		try (Stream<Path> files = Files.walk(site)) {
			return files.filter(file -> file.toString().endsWith(".html")).toList();
		}
	}

	private static List<Path> specPages(Path site) throws IOException {
		if (!Files.isDirectory(site)) {
			return List.of();
		}
		try (Stream<Path> files = Files.walk(site)) {
			return files.filter(file -> file.toString().endsWith(".html"))
				.filter(file -> !site.relativize(file).toString().startsWith("source"))
				.filter(file -> file.getParent() != null && !file.getParent().equals(site))
				.filter(file -> !file.getFileName().toString().equals("index.html"))
				.toList();
		}
	}

}
