package dev.twiliospring.webhook;

import org.jspecify.annotations.Nullable;

/**
 * Status of a call, as reported in voice webhooks and call status callbacks.
 * <p>
 * Values Twilio adds later map to {@link #UNKNOWN}; the raw value stays available in the
 * payload's parameters.
 *
 * @since 1.0.0
 */
public enum CallStatus {

	/**
	 * {@code queued}.
	 */
	QUEUED("queued"),

	/**
	 * {@code initiated}.
	 */
	INITIATED("initiated"),

	/**
	 * {@code ringing}.
	 */
	RINGING("ringing"),

	/**
	 * {@code in-progress}.
	 */
	IN_PROGRESS("in-progress"),

	/**
	 * {@code completed}.
	 */
	COMPLETED("completed"),

	/**
	 * {@code busy}.
	 */
	BUSY("busy"),

	/**
	 * {@code failed}.
	 */
	FAILED("failed"),

	/**
	 * {@code no-answer}.
	 */
	NO_ANSWER("no-answer"),

	/**
	 * {@code canceled}.
	 */
	CANCELED("canceled"),

	/**
	 * A value this version does not know.
	 */
	UNKNOWN("unknown");

	private final String value;

	CallStatus(String value) {
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
	 * @param value the value, such as {@code "queued"}
	 * @return the constant, {@link #UNKNOWN} for an unknown value, or {@code null} if the
	 * value is {@code null} or empty
	 */
	public static @Nullable CallStatus fromValue(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String trimmed = value.trim();
		for (CallStatus candidate : values()) {
			if (candidate != UNKNOWN && candidate.value.equalsIgnoreCase(trimmed)) {
				return candidate;
			}
		}
		return UNKNOWN;
	}

}
