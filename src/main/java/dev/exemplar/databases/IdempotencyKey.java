package dev.exemplar.databases;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.exemplar.system.errors.BadRequestException;

/**
 * The {@code Idempotency-Key} a client sends with {@code POST /databases} so that a retry
 * makes no second database: 1 to 255 letters, digits and {@code . _ ~ : + / = -} (a UUID
 * will do), bare (as Stripe takes it) or as the quoted string of the IETF draft
 * (draft-ietf-httpapi-idempotency-key-header), which is the same key.
 */
record IdempotencyKey(String value) {

	static final int MAX_LENGTH = 255;
	static final String HEADER = "Idempotency-Key";

	private static final Pattern FORM = Pattern.compile("(\"?)([A-Za-z0-9._~:+/=-]{1," + MAX_LENGTH + "})\\1");

	/**
	 * @param header the header's value, as Spring gives it (two headers joined by a
	 * comma, refused as no key)
	 * @return empty when none was sent
	 */
	static Optional<IdempotencyKey> of(String header) {
		if (header == null) {
			return Optional.empty();
		}
		Matcher key = FORM.matcher(header.strip());
		if (!key.matches()) {
			throw new BadRequestException(HEADER + " must be one key of 1 to " + MAX_LENGTH
					+ " letters, digits and . _ ~ : + / = - (a UUID will do), sent once.");
		}
		return Optional.of(new IdempotencyKey(key.group(2)));
	}
}
