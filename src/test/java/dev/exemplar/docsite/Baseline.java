package dev.exemplar.docsite;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import dev.exemplar.spec.results.ResultsFile;
import dev.exemplar.spec.results.SpecLayout;
import dev.exemplar.spec.results.SuiteResult;

/**
 * The run a site is compared with: the results.json of an earlier site (its folder, or
 * the file), or of the engine's output, or a published site's, read over HTTP. A baseline
 * asked for and not found fails the build: a page of changes against nothing would
 * mislead.
 *
 * @param results what that run did
 * @param name where it was read, as the page of changes names it
 */
record Baseline(SuiteResult results, String name) {

	/** A published results.json is some hundred kilobytes; far more is not one. */
	static final int MAX_BYTES = 32 * 1024 * 1024;

	static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

	static final Duration READ_TIMEOUT = Duration.ofSeconds(60);

	/**
	 * @param given a folder or file (relative to the project's folder) or an
	 * {@code http(s)://} address of a site or of its results.json
	 */
	static Baseline read(String given, Path projectDir) throws IOException {
		String where = given.strip();
		if (where.startsWith("http://") || where.startsWith("https://")) {
			URI address = URI.create(where.endsWith(".json") ? where
					: (where.endsWith("/") ? where : where + "/") + SpecLayout.RESULTS_FILE);
			return new Baseline(fetch(address, MAX_BYTES, READ_TIMEOUT), address.toString());
		}
		Path file = projectDir.resolve(where).normalize();
		if (Files.isDirectory(file)) {
			file = file.resolve(SpecLayout.RESULTS_FILE);
		}
		if (!Files.isRegularFile(file)) {
			throw new IOException("The baseline " + where + " holds no " + SpecLayout.RESULTS_FILE
					+ ": give the folder of a site built after the specs ran (target/docs-site), "
					+ "the engine's output (target/specs), or a results.json");
		}
		return new Baseline(ResultsFile.read(file).orElseThrow(), where);
	}

	/** Reads results over HTTP, refusing more than so many bytes or a wait that long. */
	static SuiteResult fetch(URI address, int maxBytes, Duration timeout) throws IOException {
		HttpClient client = HttpClient.newBuilder()
			.connectTimeout(CONNECT_TIMEOUT)
			.followRedirects(HttpClient.Redirect.NORMAL)
			.build();
		HttpRequest request = HttpRequest.newBuilder(address).timeout(timeout).GET().build();
		try {
			HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
			try (InputStream body = response.body()) {
				if (response.statusCode() != 200) {
					throw new IOException("The baseline " + address + " answered " + response.statusCode()
							+ ", not 200: is a site published there?");
				}
				byte[] bytes = body.readNBytes(maxBytes + 1);
				if (bytes.length > maxBytes) {
					throw new IOException("The baseline " + address + " is larger than " + maxBytes
							+ " bytes: that is no results.json");
				}
				return ResultsFile.read(new ByteArrayInputStream(bytes), address.toString());
			}
		}
		catch (java.net.http.HttpTimeoutException e) {
			throw new IOException("The baseline " + address + " did not answer within " + timeout.toSeconds() + " s",
					e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted while reading the baseline " + address, e);
		}
	}

}
