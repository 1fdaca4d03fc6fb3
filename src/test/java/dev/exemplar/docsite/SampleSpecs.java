package dev.exemplar.docsite;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import tools.jackson.databind.json.JsonMapper;

/**
 * Realistic engine output for testing and timing the site builder without the engine: spec sources, executed
 * XHTML pages (Asciidoctor's xhtml5, marked as the engine marks them) and results.json, in a folder of its own.
 * It never writes to target/specs: the real site reads only what the engine really wrote.
 */
public final class SampleSpecs {

    /** A phrase in the first sample spec, for search tests. */
    public static final String KNOWN_PHRASE = "ties are broken by id";

    private static final String[] CHAPTERS = { "feed", "system", "accounts", "search", "moderation" };

    private final Asciidoctor asciidoctor;

    public SampleSpecs(Asciidoctor asciidoctor) {
        this.asciidoctor = asciidoctor;
    }

    /** Writes {@code count} specs: sources under {@code sources}, executed pages and results.json under {@code output}. */
    public void write(int count, Path sources, Path output) throws IOException {
        List<Map<String, Object>> specs = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            String chapter = CHAPTERS[n % CHAPTERS.length];
            String topic = n == 0 ? "latest" : "topic-" + n;
            String source = chapter + "/" + topic + ".adoc";
            String title = n == 0 ? "The latest tweets" : "Behaviour number " + n;
            String adoc = adoc(title);
            Path sourceFile = sources.resolve(source);
            Files.createDirectories(sourceFile.getParent());
            Files.writeString(sourceFile, adoc, StandardCharsets.UTF_8);
            List<Map<String, Object>> examples = examples(n);
            Path page = output.resolve(chapter + "/" + topic + ".html");
            Files.createDirectories(page.getParent());
            Files.writeString(page, executedPage(adoc, examples), StandardCharsets.UTF_8);
            Map<String, Object> spec = new LinkedHashMap<>();
            spec.put("source", source);
            spec.put("page", chapter + "/" + topic + ".html");
            spec.put("title", title);
            spec.put("examples", examples);
            specs.add(spec);
        }
        Files.createDirectories(output);
        Files.writeString(output.resolve("results.json"),
                JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(Map.of("specs", specs)));
    }

    private static String adoc(String title) {
        return """
                = %s

                The feed answers the newest tweets first; ties are broken by id, descending.
                Each example builds on the state the one before it left.

                == Newest tweets come first

                Two tweets stored a minute apart come back newest first.

                .Given these rows in tweets
                |===
                | id | created_at           | text
                | t1 | 2014-08-11T10:00:00Z | hello
                | t2 | 2014-08-11T10:01:00Z | world
                |===

                [source,http]
                ----
                GET /latest?limit=2
                ----

                [source,json]
                ----
                200

                [{"id": "t2", "text": "world", "created_at": "2014-08-11T10:01:00Z"},
                 {"id": "t1", "text": "hello", "created_at": "2014-08-11T10:00:00Z"}]
                ----

                == A tweet is stored once

                [source,http]
                ----
                POST /tweets
                Content-Type: application/json

                {"id": "t3", "created_at": "2014-08-11T10:02:00Z", "text": "again"}
                ----

                [source,json]
                ----
                201
                Location: ${any-string}
                ----

                == Storing the same id again is a conflict

                [source,http]
                ----
                POST /tweets
                Content-Type: application/json

                {"id": "t3", "created_at": "2014-08-11T10:02:00Z", "text": "again"}
                ----

                [source,json]
                ----
                409

                {"title": "Conflict", "status": 409, "detail": "${any-string}"}
                ----

                [.pending]
                == Tweets can be deleted

                [source,http]
                ----
                DELETE /tweets/t3
                ----

                [source,json]
                ----
                204
                ----
                """.formatted(title);
    }

    private static List<Map<String, Object>> examples(int n) {
        List<Map<String, Object>> examples = new ArrayList<>();
        examples.add(example("Newest tweets come first", n % 7 == 3 ? "failed" : "passed", "GET", "/latest?limit=2", n % 7 == 3 ? 500 : 200));
        examples.add(example("A tweet is stored once", "passed", "POST", "/tweets", 201));
        examples.add(example("Storing the same id again is a conflict", n == 0 ? "failed" : "passed", "POST", "/tweets", n == 0 ? 201 : 409));
        examples.add(example("Tweets can be deleted", "pending", "DELETE", "/tweets/t3", 405));
        return examples;
    }

    private static Map<String, Object> example(String name, String status, String method, String path, int code) {
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("name", name);
        example.put("anchor", Anchors.slug(name));
        example.put("status", status);
        example.put("exchanges", List.of(Map.of("method", method, "path", path, "status", code)));
        return example;
    }

    private String executedPage(String adoc, List<Map<String, Object>> examples) {
        String xhtml = asciidoctor.convert(adoc, Options.builder().standalone(true).safe(SafeMode.UNSAFE).backend("xhtml5")
                .attributes(Attributes.builder().attribute("webfonts!", "").attribute("nofooter", "").attribute("idprefix", "")
                        .attribute("idseparator", "-").attribute("sectanchors", "").build()).build());
        Document document = Jsoup.parse(xhtml);
        int index = 0;
        for (Element section : document.select("div.sect1")) {
            if (index >= examples.size()) {
                break;
            }
            Map<String, Object> example = examples.get(index++);
            String status = (String) example.get("status");
            // as the engine marks them: the section's id is "example-" + the heading's id (results.json's anchor)
            section.id("example-" + example.get("anchor")).addClass("spec-example").addClass("spec-" + status);
            Element expectation = section.select("div.listingblock").last();
            if ("passed".equals(status)) {
                expectation.addClass("spec-passed");
            }
            else if ("failed".equals(status)) {
                expectation.addClass("spec-failed");
                Element failure = expectation.appendElement("div").addClass("spec-failure");
                failure.appendElement("p").addClass("spec-failure-title").text("The answer differs from the expectation");
                failure.appendElement("pre").addClass("spec-diff").text("status: expected 409 but was 201\n\n"
                        + "The answer was:\nPOST /tweets → 201 application/json\n{\"id\":\"t3\"}");
                expectation.appendElement("pre").addClass("spec-server-log").text(
                        "2026-11-21T06:00:01.123Z  INFO 4242 --- [exemplar] [nio-8080-exec-1] d.e.feed.TweetController : stored t3\n"
                                + "2026-11-21T06:00:01.125Z  WARN 4242 --- [exemplar] [nio-8080-exec-1] o.s.web.servlet : a long line that does not wrap, to show that the log scrolls sideways inside its own box");
            }
            else {
                expectation.addClass("spec-failed");
            }
        }
        document.outputSettings().syntax(Document.OutputSettings.Syntax.xml).escapeMode(Entities.EscapeMode.xhtml);
        return document.outerHtml();
    }
}
