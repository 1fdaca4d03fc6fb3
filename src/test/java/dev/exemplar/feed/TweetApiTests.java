package dev.exemplar.feed;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.Stream;

import dev.exemplar.ServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static net.javacrumbs.jsonunit.assertj.JsonAssertions.assertThatJson;
import static org.assertj.core.api.Assertions.assertThat;

@ServiceTest
class TweetApiTests {

    private static final String VALID = """
            {"id": "t1", "created_at": "2014-08-11T10:00:00Z", "text": "hello"}""";

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void emptyTable() {
        jdbc.sql("TRUNCATE tweets").update();
    }

    static Stream<Arguments> badRequests() {
        String tooLong = "x".repeat(Tweet.MAX_TEXT_LENGTH + 1);
        return Stream.of(
                Arguments.of("POST", "/tweets", "application/json", "{\"id\": \"t1\",", 400, "not valid JSON (line 1"),
                Arguments.of("POST", "/tweets", "application/json", "", 400, "needs a JSON body"),
                Arguments.of("POST", "/tweets", "application/json", VALID.replace("\"hello\"", "42"), 400, "'text' must be a string"),
                Arguments.of("POST", "/tweets", "application/json", VALID.replace("}", ", \"retweeted\": \"yes\"}"), 400, "'retweeted' must be true or false"),
                Arguments.of("POST", "/tweets", "application/json", VALID.replace("2014-08-11T10:00:00Z", "yesterday"), 400, "'created_at' must be an ISO-8601 timestamp"),
                Arguments.of("POST", "/tweets", "application/json", VALID.replace("}", ", \"user\": \"u1\"}"), 400, "'user' must be a JSON object"),
                Arguments.of("POST", "/tweets", "application/json", "{\"id\": \"t1\", \"text\": \"hello\"}", 400, "created_at must not be null"),
                Arguments.of("POST", "/tweets", "application/json", "{\"created_at\": \"2014-08-11T10:00:00Z\", \"text\": \"hello\"}", 400, "id must not be blank"),
                Arguments.of("POST", "/tweets", "application/json", VALID.replace("hello", tooLong), 400, "text size must be between 0 and 280"),
                Arguments.of("POST", "/tweets", "application/json", VALID.replace("}", ", \"user\": {}}"), 400, "user.id must not be blank"),
                Arguments.of("POST", "/tweets", "application/json", VALID.replace("}", ", \"likes\": 3}"), 400, "Unknown field 'likes'"),
                Arguments.of("POST", "/tweets", "text/plain", "hello", 415, "Content-Type 'text/plain"),
                Arguments.of("GET", "/latest?limit=abc", null, null, 400, "'limit' must be a whole number within range, got 'abc'"),
                Arguments.of("GET", "/latest?limit=0", null, null, 400, "'limit' must be greater than or equal to 1, got 0"),
                Arguments.of("GET", "/latest?limit=-1", null, null, 400, "'limit' must be greater than or equal to 1, got -1"),
                Arguments.of("GET", "/latest?limit=101", null, null, 400, "'limit' must be less than or equal to 100, got 101"),
                Arguments.of("GET", "/latest?limit=99999999999", null, null, 400, "'limit' must be a whole number within range, got '99999999999'"));
    }

    @ParameterizedTest(name = "{0} {1} [{2}] {3} -> {4}")
    @MethodSource("badRequests")
    void badInputIsAnsweredWithAProblemAndWritesNothing(String method, String path, String contentType, String body,
            int status, String detail) throws Exception {
        HttpResponse<String> response = send(method, path, contentType, body);

        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThatJson(response.body()).inPath("status").isEqualTo(status);
        assertThatJson(response.body()).inPath("detail").asString().contains(detail);
        assertThat(response.body()).doesNotContain("Exception", "\tat ");
        assertThat(jdbc.sql("SELECT count(*) FROM tweets").query(Integer.class).single()).isZero();
    }

    @Test
    void aTweetIsStoredOnceAndReadBack() throws Exception {
        HttpResponse<String> created = send("POST", "/tweets", "application/json", VALID);
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValue("http://localhost:" + port + "/tweets/t1");

        HttpResponse<String> again = send("POST", "/tweets", "application/json", VALID.replace("hello", "changed"));
        assertThat(again.statusCode()).isEqualTo(409);
        assertThatJson(again.body()).inPath("detail").asString().contains("'t1' exists already");

        HttpResponse<String> read = send("GET", "/tweets/t1", null, null);
        assertThatJson(read.body()).isEqualTo("""
                {"id": "t1", "created_at": "2014-08-11T10:00:00Z", "text": "hello",
                 "source": null, "retweeted": false, "user": null}""");
        assertThat(send("GET", "/tweets/nope", null, null).statusCode()).isEqualTo(404);
    }

    @Test
    void latestListsNewestFirstWithTiesBrokenById() throws Exception {
        send("POST", "/tweets", "application/json", VALID.replace("t1", "a"));
        send("POST", "/tweets", "application/json", VALID.replace("t1", "b").replace("}", ", \"user\": {\"id\": \"u7\"}}"));
        send("POST", "/tweets", "application/json", VALID.replace("t1", "c").replace("10:00:00Z", "09:00:00+00:00"));

        assertThatJson(send("GET", "/latest", null, null).body()).isEqualTo("""
                [{"id": "b", "text": "hello", "created_at": "2014-08-11T10:00:00Z", "user": "u7"},
                 {"id": "a", "text": "hello", "created_at": "2014-08-11T10:00:00Z"},
                 {"id": "c", "text": "hello", "created_at": "2014-08-11T09:00:00Z"}]""");
        assertThatJson(send("GET", "/latest?limit=1", null, null).body()).isArray().hasSize(1);
    }

    private HttpResponse<String> send(String method, String path, String contentType, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
