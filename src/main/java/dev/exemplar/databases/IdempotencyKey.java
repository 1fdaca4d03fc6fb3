package dev.exemplar.databases;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.exemplar.system.BadRequestException;

/**
 * The {@code Idempotency-Key} a client sends with {@code POST /databases} so that a retry makes no second database:
 * 1 to 255 letters, digits and {@code . _ ~ : + / = -} (a UUID will do), bare (as Stripe takes it) or as the quoted
 * string of the IETF draft (draft-ietf-httpapi-idempotency-key-header), which is the same key.
 */
record IdempotencyKey(String value) {

    static final int MAX_LENGTH = 255;
    static final String HEADER = "Idempotency-Key";

    private static final Pattern FORM = Pattern.compile("(\"?)([A-Za-z0-9._~:+/=-]{1," + MAX_LENGTH + "})\\1");

    /**
     * @param values the header's values, as Spring splits them (a comma separates two)
     * @return empty when none was sent
     */
    static Optional<IdempotencyKey> of(List<String> values) {
        if (values == null || values.isEmpty()) {
            return Optional.empty();
        }
        Matcher key = FORM.matcher(values.get(0).strip());
        if (values.size() > 1 || !key.matches()) {
            throw new BadRequestException(HEADER + " must be one key of 1 to " + MAX_LENGTH
                    + " letters, digits and . _ ~ : + / = - (a UUID will do), sent once.");
        }
        return Optional.of(new IdempotencyKey(key.group(2)));
    }
}
