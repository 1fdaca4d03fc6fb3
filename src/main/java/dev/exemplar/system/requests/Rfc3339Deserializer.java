package dev.exemplar.system.requests;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;

/**
 * Timestamps are RFC 3339 strings ({@code 2014-08-11T10:00:00Z},
 * {@code 2014-08-11T12:00:00.5+02:00}) within the years 0001 to 9999, which PostgreSQL
 * stores and reads back as they were sent. Jackson alone would also take an epoch number,
 * a year of nine digits ({@code -999999999-01-01T00:00:00Z}, stored, then unreadable) or
 * a time without seconds.
 */
class Rfc3339Deserializer extends StdScalarDeserializer<OffsetDateTime> {

	private static final Pattern RFC_3339 = Pattern.compile(
			"[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?([Zz]|[+-][0-9]{2}:[0-9]{2})");

	private static final Instant FIRST = Instant.parse("0001-01-01T00:00:00Z");

	private static final Instant AFTER_LAST = Instant.parse("+10000-01-01T00:00:00Z");

	Rfc3339Deserializer() {
		super(OffsetDateTime.class);
	}

	@Override
	public OffsetDateTime deserialize(JsonParser parser, DeserializationContext context) {
		if (!parser.hasToken(JsonToken.VALUE_STRING)) {
			return (OffsetDateTime) context.handleUnexpectedToken(OffsetDateTime.class, parser);
		}
		String text = parser.getString();
		if (RFC_3339.matcher(text).matches()) {
			try {
				OffsetDateTime timestamp = OffsetDateTime.parse(text.toUpperCase(Locale.ROOT));
				Instant instant = timestamp.toInstant();
				if (!instant.isBefore(FIRST) && instant.isBefore(AFTER_LAST)) {
					return timestamp;
				}
			}
			catch (DateTimeParseException e) {
				// a date or time that does not exist, such as 2014-02-30: refused below
			}
		}
		throw context.weirdStringException(text, OffsetDateTime.class,
				"not an RFC 3339 timestamp within the years 0001 to 9999");
	}

}
