package dev.twiliospring.webhook;

import org.jspecify.annotations.Nullable;

/**
 * Status of a recording, as reported in recording status callbacks.
 * <p>
 * Values Twilio adds later map to {@link #UNKNOWN}; the raw value stays available in the
 * payload's parameters.
 *
 * @since 1.0.0
 */
public enum RecordingStatus {

	/**
	 * {@code in-progress}.
	 */
	IN_PROGRESS("in-progress"),

	/**
	 * {@code paused}.
	 */
	PAUSED("paused"),

	/**
	 * {@code stopped}.
	 */
	STOPPED("stopped"),

	/**
	 * {@code processing}.
	 */
	PROCESSING("processing"),

	/**
	 * {@code completed}.
	 */
	COMPLETED("completed"),

	/**
	 * {@code absent}.
	 */
	ABSENT("absent"),

	/**
	 * {@code failed}.
	 */
	FAILED("failed"),

	/**
	 * {@code deleted}.
	 */
	DELETED("deleted"),

	/**
	 * A value this version does not know.
	 */
	UNKNOWN("unknown");

	private final String value;

	RecordingStatus(String value) {
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
	 * @param value the value, such as {@code "in-progress"}
	 * @return the constant, {@link #UNKNOWN} for an unknown value, or {@code null} if the
	 * value is {@code null} or empty
	 */
	public static @Nullable RecordingStatus fromValue(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String trimmed = value.trim();
		for (RecordingStatus candidate : values()) {
			if (candidate != UNKNOWN && candidate.value.equalsIgnoreCase(trimmed)) {
				return candidate;
			}
		}
		return UNKNOWN;
	}

}
