package dev.exemplar.docsite.browser;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Opens every page of a site reachable from its landing page in the browser, and lists
 * the links, stylesheets and scripts that lead nowhere: a missing file, or a #fragment
 * that is no id on its page.
 */
public final class SiteCrawl {

	private final ChromeDriver driver;

	private final Path root;

	private final Set<Path> pages = new HashSet<>();

	private final List<String> broken = new ArrayList<>();

	/** A script run on each page while it is open; null for none. */
	private final String probe;

	private final Map<Path, Object> probed = new HashMap<>();

	public SiteCrawl(ChromeDriver driver, Path root) {
		this(driver, root, null);
	}

	/**
	 * @param probe a script run on each page while the crawl has it open, so that a test
	 * reading every page needs no visit of its own; its answers are {@link #probed()}
	 */
	public SiteCrawl(ChromeDriver driver, Path root, String probe) {
		this.driver = driver;
		this.root = root.toAbsolutePath().normalize();
		this.probe = probe;
	}

	@SuppressWarnings("unchecked")
	public SiteCrawl run() {
		Map<Path, Set<String>> ids = new HashMap<>();
		Map<String, Path> fragments = new HashMap<>();
		Deque<Path> queue = new ArrayDeque<>(List.of(root.resolve("index.html")));
		pages.add(root.resolve("index.html"));
		while (!queue.isEmpty()) {
			Path page = queue.pop();
			driver.get(page.toUri().toString());
			if (probe != null) {
				probed.put(page, driver.executeScript(probe));
			}
			ids.put(page, new HashSet<>((List<String>) driver.executeScript(
					"return Array.from(document.querySelectorAll('[id],a[name]')).map(e => e.id || e.getAttribute('name'))")));
			List<String> targets = (List<String>) driver.executeScript("return Array.from(document.querySelectorAll("
					+ "'a[href], link[href], script[src]')).map(e => e.href || e.src)");
			for (String target : targets) {
				URI uri = URI.create(target);
				if (!"file".equals(uri.getScheme())) {
					continue;
				}
				Path file = Path.of(uri.getPath());
				if (!Files.isRegularFile(file)) {
					broken.add(root.relativize(page) + " -> " + target + " (no such file)");
					continue;
				}
				if (file.toString().endsWith(".html") && file.startsWith(root) && pages.add(file)) {
					queue.add(file);
				}
				if (uri.getFragment() != null && !uri.getFragment().isEmpty()) {
					fragments.put(root.relativize(page) + " -> " + target, file);
				}
			}
		}
		fragments.forEach((link, file) -> {
			String fragment = link.substring(link.lastIndexOf('#') + 1);
			if (!ids.getOrDefault(file, Set.of()).contains(fragment)) {
				broken.add(link + " (no such anchor)");
			}
		});
		return this;
	}

	/** Every page reached. */
	public Set<Path> pages() {
		return pages;
	}

	/** The probe's answer on each page reached, by page. */
	public Map<Path, Object> probed() {
		return probed;
	}

	/** Each link that leads nowhere: "page -> target (why)". */
	public List<String> broken() {
		return broken;
	}

}
