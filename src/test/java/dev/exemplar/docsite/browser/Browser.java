package dev.exemplar.docsite.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.springframework.util.FileSystemUtils;

/**
 * Debian's headless Chromium through its chromedriver: no browser download, runs as root.
 */
public final class Browser implements AutoCloseable {

	public static final Dimension DESKTOP = new Dimension(1280, 900);

	public static final Dimension PHONE = new Dimension(390, 844);

	/**
	 * Selenium warns that it has no CDP bindings for this Chromium; it needs none (kept:
	 * loggers are held weakly).
	 */
	private static final java.util.logging.Logger SELENIUM = java.util.logging.Logger.getLogger("org.openqa.selenium");

	private final ChromeDriver driver;

	private final Path profile;

	public Browser() throws IOException {
		SELENIUM.setLevel(java.util.logging.Level.SEVERE);
		profile = Files.createTempDirectory("docs-site-chromium");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
				"--no-first-run", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
				"--user-data-dir=" + profile, "--window-size=1280,900", "--allow-file-access-from-files");
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")).toFile())
			.build();
		driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
	}

	public ChromeDriver driver() {
		return driver;
	}

	public void size(Dimension size) {
		driver.manage().window().setSize(size);
	}

	/**
	 * A screenshot of the page's top, up to 3000 pixels tall, at the window's current
	 * width.
	 */
	public void screenshot(Path file) throws IOException {
		Files.createDirectories(file.getParent());
		Dimension size = driver.manage().window().getSize();
		Number height = (Number) driver.executeScript("return document.documentElement.scrollHeight");
		driver.manage()
			.window()
			.setSize(new Dimension(size.getWidth(), Math.min(3000, Math.max(size.getHeight(), height.intValue()))));
		Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
		driver.manage().window().setSize(size);
	}

	@Override
	public void close() throws IOException {
		driver.quit();
		FileSystemUtils.deleteRecursively(profile);
	}

}
