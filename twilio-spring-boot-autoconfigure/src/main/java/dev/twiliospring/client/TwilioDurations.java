package dev.twiliospring.client;

import java.time.Duration;

import org.springframework.util.Assert;

/**
 * Conversion of a {@link Duration} to the whole number of minutes, seconds or
 * milliseconds that a Twilio parameter takes, for the request builders. A duration with
 * a remainder, such as 500 ms for a parameter in seconds, or outside the range Twilio
 * accepts is refused with a message that names the parameter, the value and what is
 * allowed, instead of being cut to a value the caller did not ask for.
 *
 * @since 1.0.0
 */
public final class TwilioDurations {

	private TwilioDurations() {
	}

	/**
	 * Return a duration as whole seconds.
	 * @param duration the duration
	 * @param parameter the parameter name as Twilio spells it, for the message
	 * @param min the fewest seconds Twilio accepts
	 * @param max the most seconds Twilio accepts; {@link Integer#MAX_VALUE} where it
	 * documents no maximum
	 * @return the seconds
	 * @throws IllegalArgumentException if the duration is {@code null}, not whole seconds
	 * or out of range
	 */
	public static long seconds(Duration duration, String parameter, int min, int max) {
		return whole(duration, Duration.ofSeconds(1), "seconds", parameter, min, max);
	}

	/**
	 * Return a duration as whole milliseconds.
	 * @param duration the duration
	 * @param parameter the parameter name as Twilio spells it, for the message
	 * @param min the fewest milliseconds Twilio accepts
	 * @param max the most milliseconds Twilio accepts; {@link Integer#MAX_VALUE} where it
	 * documents no maximum
	 * @return the milliseconds
	 * @throws IllegalArgumentException if the duration is {@code null}, not whole
	 * milliseconds or out of range
	 */
	public static long millis(Duration duration, String parameter, int min, int max) {
		return whole(duration, Duration.ofMillis(1), "milliseconds", parameter, min, max);
	}

	/**
	 * Return a duration as whole minutes.
	 * @param duration the duration
	 * @param parameter the parameter name as Twilio spells it, for the message
	 * @param min the fewest minutes Twilio accepts
	 * @param max the most minutes Twilio accepts; {@link Integer#MAX_VALUE} where it
	 * documents no maximum
	 * @return the minutes
	 * @throws IllegalArgumentException if the duration is {@code null}, not whole minutes
	 * or out of range
	 */
	public static long minutes(Duration duration, String parameter, int min, int max) {
		return whole(duration, Duration.ofMinutes(1), "minutes", parameter, min, max);
	}

	private static long whole(Duration duration, Duration unit, String units, String parameter, int min, int max) {
		Assert.notNull(duration, () -> parameter + " must not be null");
		// Bounds first: within them, dividing cannot overflow
		if (duration.compareTo(unit.multipliedBy(min)) < 0 || duration.compareTo(unit.multipliedBy(max)) > 0
				|| !unit.multipliedBy(duration.dividedBy(unit)).equals(duration)) {
			String allowed = (max != Integer.MAX_VALUE) ? units + " between " + min + " and " + max
					: units + ", at least " + min;
			throw new IllegalArgumentException(parameter + " must be whole " + allowed + ", got " + duration);
		}
		return duration.dividedBy(unit);
	}

}
