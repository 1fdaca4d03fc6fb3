package dev.exemplar.docsite;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Reads the engine's results.json; when there is none, no specs ran. */
final class ResultsReader {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private ResultsReader() {
    }

    static SpecResults read(Path resultsJson) throws IOException {
        if (!Files.isRegularFile(resultsJson)) {
            return SpecResults.noneRan();
        }
        try (InputStream in = Files.newInputStream(resultsJson)) {
            SpecResults.Spec[] specs = JSON.readValue(in, Document.class).specs();
            return new SpecResults(true, specs == null ? java.util.List.of() : java.util.List.of(specs));
        }
    }

    private record Document(SpecResults.Spec[] specs) {
    }
}
