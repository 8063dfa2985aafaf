package dev.twiliospring.client;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

import org.jspecify.annotations.Nullable;

/**
 * The client's own Jackson configuration, independent of any application mapper.
 */
final class TwilioJson {

	private TwilioJson() {
	}

	/**
	 * Create the mapper for Twilio responses: unknown fields are ignored, so that new
	 * Twilio fields never break an existing application, and {@link OffsetDateTime}
	 * accepts both Twilio date formats.
	 * @return the mapper
	 */
	static JsonMapper createMapper() {
		SimpleModule module = new SimpleModule("twilio");
		module.addDeserializer(OffsetDateTime.class, new TwilioDateTimeDeserializer());
		return JsonMapper.builder()
			.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
			// Response bodies can hold secrets, such as a new subaccount's auth token.
			.disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
			.addModule(module)
			.build();
	}

	/**
	 * Parse a Twilio date: RFC 2822 in the 2010-04-01 API
	 * ({@code Thu, 30 Jul 2015 20:12:31 +0000}), ISO-8601 in the newer APIs.
	 * @param text the date text
	 * @return the date
	 * @throws DateTimeParseException if the text is in neither format
	 */
	static OffsetDateTime parseDateTime(String text) {
		String trimmed = text.trim();
		if (!trimmed.isEmpty() && Character.isDigit(trimmed.charAt(0))) {
			return OffsetDateTime.parse(trimmed, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
		}
		return OffsetDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME);
	}

	/**
	 * Deserializer for both Twilio date formats.
	 */
	static final class TwilioDateTimeDeserializer extends ValueDeserializer<OffsetDateTime> {

		@Override
		public @Nullable OffsetDateTime deserialize(JsonParser parser, DeserializationContext context) {
			if (parser.currentToken() != JsonToken.VALUE_STRING) {
				return (OffsetDateTime) context.handleUnexpectedToken(OffsetDateTime.class, parser);
			}
			String text = parser.getString();
			if (text.isBlank()) {
				return null;
			}
			try {
				return parseDateTime(text);
			}
			catch (DateTimeParseException ex) {
				return (OffsetDateTime) context.handleWeirdStringValue(OffsetDateTime.class, text,
						"expected an RFC 2822 or ISO-8601 date-time");
			}
		}

	}

}
