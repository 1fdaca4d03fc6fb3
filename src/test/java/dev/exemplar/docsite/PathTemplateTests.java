package dev.exemplar.docsite;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PathTemplateTests {

    @Test
    void aTemplateMatchesConcretePathsWithoutTheirQuery() {
        PathTemplate tweet = new PathTemplate("/tweets/{id}");
        assertThat(tweet.matches("/tweets/t1")).isTrue();
        assertThat(tweet.matches("/tweets/t1?fields=text")).isTrue();
        assertThat(tweet.matches("/tweets")).isFalse();
        assertThat(tweet.matches("/tweets/t1/replies")).isFalse();
        assertThat(new PathTemplate("/latest").matches("/latest?limit=2")).isTrue();
        assertThat(new PathTemplate("/latest").matches("/latestx")).isFalse();
    }

    @Test
    void anAbsoluteUrlIsMatchedByItsPath() {
        assertThat(new PathTemplate("/tweets/{id}").matches("http://localhost:8080/tweets/t1")).isTrue();
    }

    @Test
    void templatesWithFewerVariablesAreMoreSpecific() {
        assertThat(new PathTemplate("/tweets/latest").variables()).isLessThan(new PathTemplate("/tweets/{id}").variables());
    }
}
