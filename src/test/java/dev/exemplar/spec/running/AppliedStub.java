package dev.exemplar.spec.running;

import java.util.Optional;

import dev.exemplar.spec.http.HttpRequestText;
import dev.exemplar.spec.matching.ExpectationText;
import dev.exemplar.spec.stubs.StubTitle;

/**
 * A stub set up for an example, kept so that it can answer again: the clean-up's requests
 * need what the example's did.
 */
record AppliedStub(StubTitle title, HttpRequestText request, Optional<ExpectationText> answer, boolean offContract) {
}
