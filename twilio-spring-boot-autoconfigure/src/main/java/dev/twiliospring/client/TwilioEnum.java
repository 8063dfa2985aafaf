package dev.twiliospring.client;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * An enum of Twilio values, such as a message status. Each constant stands for one value
 * as Twilio writes it; an {@code UNKNOWN} constant stands for values Twilio adds later.
 * Jackson writes a constant as its {@link #value()}, and the enum's {@code toString()}
 * returns the value too, which is what {@link TwilioParameters} sends.
 * <p>
 * Most Twilio values are the constant's name in lower case with hyphens, which
 * {@link #value()} derives; an enum whose values are spelled otherwise overrides it.
 * <p>
 * {@code UNKNOWN} is one constant for every value this version does not know, so it
 * does not hold the value Twilio sent. To log or act on that value, read it where it
 * came from: a webhook payload keeps every parameter as sent in its {@code params()}
 * ({@code callback.params().get("CallStatus")}), and an API answer read as a
 * {@code JsonNode} ({@code client.execute(request, JsonNode.class)}) holds the field
 * as sent and becomes the record through {@code client.jsonMapper().treeToValue(json,
 * Call.class)}, from the one answer.
 *
 * @since 1.0.0
 * @see TwilioEnums#from(Class, String, Enum)
 */
public interface TwilioEnum {

	/**
	 * Return the constant as Twilio writes it. By default, the {@link #name()} in lower
	 * case with each underscore replaced by a hyphen, so that {@code IN_PROGRESS} is
	 * {@code in-progress}.
	 * @return the Twilio value, such as {@code delivered}
	 */
	@JsonValue
	default String value() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/**
	 * Return the name of the constant, as every enum does.
	 * @return the name of the constant, such as {@code IN_PROGRESS}
	 */
	String name();

}
