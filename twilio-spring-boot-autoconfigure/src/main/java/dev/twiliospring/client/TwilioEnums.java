package dev.twiliospring.client;

import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * Lookup of {@link TwilioEnum} constants by their Twilio value, for the
 * {@code @JsonCreator} method of each enum. The client's JSON reading and
 * {@link TwilioEnumConverterFactory} use the same lookup, so that a value maps to the
 * same constant in an API answer, a JSON body and a form field.
 *
 * @since 1.0.0
 */
public final class TwilioEnums {

	private static final ClassValue<Map<String, ?>> LOOKUPS = new ClassValue<>() {

		@Override
		protected Map<String, ?> computeValue(Class<?> type) {
			Map<String, Object> lookup = new HashMap<>();
			for (Object constant : type.getEnumConstants()) {
				lookup.putIfAbsent(key(((TwilioEnum) constant).value()), constant);
			}
			return Collections.unmodifiableMap(lookup);
		}

	};

	private TwilioEnums() {
	}

	/**
	 * Return the constant with the given Twilio value, ignoring case and surrounding
	 * blanks, such as {@code IN_PROGRESS} for {@code in-progress}. Text that is no
	 * constant's value but is a constant's name, such as {@code IN_PROGRESS}, is that
	 * constant, as Spring's conversion of enums takes it. Anything else is
	 * {@code unknown}.
	 * @param <E> the enum type
	 * @param type the enum type
	 * @param value the Twilio value, such as {@code delivered}
	 * @param unknown the constant for values this client does not know
	 * @return the matching constant, or {@code unknown}
	 */
	public static <E extends Enum<E> & TwilioEnum> E from(Class<E> type, @Nullable String value, E unknown) {
		Assert.notNull(type, "Type must not be null");
		return type.cast(lookup(type, value, unknown));
	}

	/**
	 * Return the constant of a {@link TwilioEnum} type with the given Twilio value, as
	 * {@link #from} does, for callers that only know the type at run time.
	 * @param type the enum type, which implements {@link TwilioEnum}
	 * @param value the Twilio value
	 * @param unknown the constant for values this client does not know
	 * @return the matching constant, or {@code unknown}
	 */
	static Object lookup(Class<?> type, @Nullable String value, Object unknown) {
		Object match = (value != null) ? find(type, value) : null;
		return (match != null) ? match : unknown;
	}

	/**
	 * Return the constant of a {@link TwilioEnum} type with the given Twilio value,
	 * ignoring case and surrounding blanks, else the constant with the given name, or
	 * {@code null} if it has neither.
	 * @param type the enum type, which implements {@link TwilioEnum}
	 * @param value the Twilio value or the name of a constant
	 * @return the matching constant, or {@code null}
	 */
	static @Nullable Object find(Class<?> type, String value) {
		String text = value.trim();
		Object match = LOOKUPS.get(type).get(key(text));
		if (match != null) {
			return match;
		}
		// Case-insensitive equality is not the same as equal lower-case forms for every
		// character, so a miss falls back to the exact rule
		Object[] constants = type.getEnumConstants();
		for (Object candidate : constants) {
			if (((TwilioEnum) candidate).value().equalsIgnoreCase(text)) {
				return candidate;
			}
		}
		return constant(constants, text);
	}

	/**
	 * Return the {@code UNKNOWN} constant of a {@link TwilioEnum} type, which stands for
	 * values Twilio adds later.
	 * @param type the enum type, which implements {@link TwilioEnum}
	 * @return the constant, or {@code null} if the type has none
	 */
	static @Nullable Object unknown(Class<?> type) {
		return constant(type.getEnumConstants(), "UNKNOWN");
	}

	private static @Nullable Object constant(Object[] constants, String name) {
		for (Object candidate : constants) {
			if (((Enum<?>) candidate).name().equals(name)) {
				return candidate;
			}
		}
		return null;
	}

	private static String key(String value) {
		return value.toLowerCase(Locale.ROOT);
	}

}
