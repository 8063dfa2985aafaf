package dev.twiliospring.webhook;

import org.jspecify.annotations.Nullable;

/**
 * Status of a message, as reported in message webhooks and status callbacks.
 * <p>
 * Values Twilio adds later map to {@link #UNKNOWN}; the raw value stays available in the
 * payload's parameters.
 *
 * @since 1.0.0
 */
public enum MessageStatus {

	/**
	 * {@code accepted}.
	 */
	ACCEPTED("accepted"),

	/**
	 * {@code scheduled}.
	 */
	SCHEDULED("scheduled"),

	/**
	 * {@code canceled}.
	 */
	CANCELED("canceled"),

	/**
	 * {@code queued}.
	 */
	QUEUED("queued"),

	/**
	 * {@code sending}.
	 */
	SENDING("sending"),

	/**
	 * {@code sent}.
	 */
	SENT("sent"),

	/**
	 * {@code failed}.
	 */
	FAILED("failed"),

	/**
	 * {@code delivered}.
	 */
	DELIVERED("delivered"),

	/**
	 * {@code undelivered}.
	 */
	UNDELIVERED("undelivered"),

	/**
	 * {@code receiving}.
	 */
	RECEIVING("receiving"),

	/**
	 * {@code received}.
	 */
	RECEIVED("received"),

	/**
	 * {@code read}.
	 */
	READ("read"),

	/**
	 * {@code partially_delivered}.
	 */
	PARTIALLY_DELIVERED("partially_delivered"),

	/**
	 * A value this version does not know.
	 */
	UNKNOWN("unknown");

	private final String value;

	MessageStatus(String value) {
		this.value = value;
	}

	/**
	 * Return the value as Twilio spells it.
	 * @return the value
	 */
	public String getValue() {
		return this.value;
	}

	/**
	 * Return the constant for a value as Twilio spells it.
	 * @param value the value, such as {@code "accepted"}
	 * @return the constant, {@link #UNKNOWN} for an unknown value, or {@code null} if the
	 * value is {@code null} or empty
	 */
	public static @Nullable MessageStatus fromValue(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String trimmed = value.trim();
		for (MessageStatus candidate : values()) {
			if (candidate != UNKNOWN && candidate.value.equalsIgnoreCase(trimmed)) {
				return candidate;
			}
		}
		return UNKNOWN;
	}

}
