package dev.exemplar.spec.reading;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ConvertedSpecsTests {

    private final List<String> converted = new ArrayList<>();
    private final UnaryOperator<String> converter = source -> {
        converted.add(source);
        return "<p>" + source + "</p>";
    };

    @Test
    void anUnchangedSpecIsReadBackWithoutConvertingItAgain(@TempDir Path cache) {
        assertThat(new ConvertedSpecs(cache).has("= A")).isFalse();
        assertThat(new ConvertedSpecs(cache).convert("= A", converter)).isEqualTo("<p>= A</p>");

        assertThat(new ConvertedSpecs(cache).has("= A")).isTrue();
        assertThat(new ConvertedSpecs(cache).convert("= A", converter)).isEqualTo("<p>= A</p>");
        assertThat(converted).containsExactly("= A");
    }

    @Test
    void aChangedSpecIsConvertedAfresh(@TempDir Path cache) {
        new ConvertedSpecs(cache).convert("= A", converter);

        assertThat(new ConvertedSpecs(cache).convert("= A, changed", converter)).isEqualTo("<p>= A, changed</p>");
        assertThat(converted).containsExactly("= A", "= A, changed");
    }

    @Test
    void aSpecThatIncludesOtherFilesIsAlwaysConvertedAfresh(@TempDir Path cache) {
        String including = "= A\n\ninclude::rows.adoc[]\n";
        new ConvertedSpecs(cache).convert(including, converter);

        assertThat(new ConvertedSpecs(cache).has(including)).isFalse();
        new ConvertedSpecs(cache).convert(including, converter);
        assertThat(converted).containsExactly(including, including);
    }
}
