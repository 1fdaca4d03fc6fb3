package dev.exemplar;

import java.io.IOException;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.exemplar.docsite.CurlCommands;
import dev.exemplar.testsupport.ServiceTest;
import dev.exemplar.spec.http.HttpExchange;
import dev.exemplar.spec.matching.AnswerDifferences;
import dev.exemplar.spec.matching.Captures;
import dev.exemplar.spec.matching.ExpectationText;
import dev.exemplar.spec.reading.SourceLine;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The site's "As curl" commands run as shown: the first two requests of the tweets spec
 * (a POST, then a GET of the Location it answered), turned into commands by the site's
 * own code, run by curl in a shell against the running service (at the base URL the
 * site's script puts in when the service serves it), get the answers the spec page shows,
 * as the engine compares them.
 */
@ServiceTest
class CopiedCurlCommandsTests {

	private static final Path SPEC = Path.of("specs/feed/tweets.adoc");

	private static final Pattern LISTING = Pattern.compile("\\[source,(http|json)]\\n----\\n(.*?)\\n----\\n",
			Pattern.DOTALL);

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aPostAndAGetOfTheTweetsSpecAnswerAsThePageShows() throws Exception {
		List<String> listings = new ArrayList<>();
		Matcher listing = LISTING.matcher(Files.readString(SPEC));
		while (listing.find()) {
			listings.add(listing.group(2));
		}
		String post = listings.get(0);
		String get = listings.get(2);
		assertThat(post).startsWith("POST /tweets");
		assertThat(get).isEqualTo("GET ${location}");
		jdbc.sql("DELETE FROM tweets WHERE id = 'ep14'").update();

		HttpExchange posted = curl(post, Map.of());
		assertThat(differences(listings.get(1), posted)).isEmpty();
		String location = posted.responseHeaders().firstValue("Location").orElseThrow();
		HttpExchange got = curl(get, Map.of("location", location));
		assertThat(differences(listings.get(3), got)).isEmpty();
		assertThat(got.target()).isEqualTo(location);
	}

	private List<String> differences(String expected, HttpExchange exchange) {
		SourceLine where = new SourceLine(SPEC.toString(), 0);
		return AnswerDifferences.of(ExpectationText.parse(expected, where), exchange, true, false, new Captures(),
				where);
	}

	/** Runs the command as a reader would paste it, with curl told to print the head. */
	private HttpExchange curl(String request, Map<String, String> variables) throws IOException, InterruptedException {
		String command = CurlCommands.command(request)
			.orElseThrow()
			.replace(CurlCommands.BASE_URL, "http://localhost:" + port)
			.replaceFirst("(?m)^curl ", "curl -s -i --max-time 30 -w '\\\\n%{url_effective}' ");
		ProcessBuilder shell = new ProcessBuilder("bash", "-c", command).redirectErrorStream(true);
		shell.environment().putAll(variables);
		Process process = shell.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).as(command + "\n" + output).isZero();
		return exchange(request.lines().findFirst().orElseThrow().split(" ")[0], output);
	}

	/** curl -i's output: status line, headers, a blank line, the body; then the URL. */
	private static HttpExchange exchange(String method, String output) {
		String[] parts = output.replace("\r\n", "\n").split("\n\n", 2);
		String[] head = parts[0].split("\n");
		int status = Integer.parseInt(head[0].split(" ")[1]);
		Map<String, List<String>> headers = new LinkedHashMap<>();
		for (int i = 1; i < head.length; i++) {
			int colon = head[i].indexOf(':');
			headers.computeIfAbsent(head[i].substring(0, colon), name -> new ArrayList<>())
				.add(head[i].substring(colon + 1).strip());
		}
		String rest = parts.length > 1 ? parts[1] : "";
		int lastLine = rest.lastIndexOf('\n');
		return new HttpExchange("", method, rest.substring(lastLine + 1), HttpHeaders.of(Map.of(), (a, b) -> true), "",
				status, HttpHeaders.of(headers, (a, b) -> true), rest.substring(0, Math.max(lastLine, 0)));
	}

}
