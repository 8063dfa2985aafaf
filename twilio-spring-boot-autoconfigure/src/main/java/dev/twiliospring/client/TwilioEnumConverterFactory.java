package dev.twiliospring.client;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.ConditionalConverter;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.ConverterFactory;

/**
 * {@link ConverterFactory} that converts text to a {@link TwilioEnum} constant as Twilio
 * writes it, such as {@code in-progress} to {@code Call.Status.IN_PROGRESS}, ignoring
 * case and surrounding blanks, the way Jackson reads these enums. Spring's own
 * conversion takes the constant's name only, so without it a {@code @RequestParam},
 * {@code @PathVariable} or form field of such a type refuses the values Twilio sends,
 * which are in lower case.
 * <p>
 * The constant's name, such as {@code IN_PROGRESS}, is taken too, as Spring's
 * conversion takes it; a constant's value comes first. The client reads these enums
 * from JSON with the same lookup, {@link TwilioEnums#from}, so that text maps to the
 * same constant in both. Any other value is the enum's {@code UNKNOWN} constant, which
 * stands for values Twilio adds later; an enum without one refuses it with an
 * {@link IllegalArgumentException} that lists the values it knows. Empty text is
 * {@code null}, as for Spring's conversion of other enums. Enums that do not implement
 * {@link TwilioEnum} are left to Spring's conversion.
 * <p>
 * The starter registers it with Spring MVC; elsewhere, such as in WebFlux, add it to a
 * {@code FormatterRegistry} or {@code ConverterRegistry}.
 *
 * @since 1.0.0
 * @see TwilioEnums#from(Class, String, Enum)
 */
public final class TwilioEnumConverterFactory implements ConverterFactory<String, TwilioEnum>, ConditionalConverter {

	@Override
	public boolean matches(TypeDescriptor sourceType, TypeDescriptor targetType) {
		return enumType(targetType.getType()) != null;
	}

	@Override
	public <T extends TwilioEnum> Converter<String, T> getConverter(Class<T> targetType) {
		Class<?> enumType = enumType(targetType);
		if (enumType == null) {
			throw new IllegalArgumentException(targetType.getName() + " is not an enum");
		}
		return new TwilioEnumConverter<>(enumType);
	}

	/**
	 * Return the enum class of a type, which is the type itself or, for a constant with
	 * a body, its superclass; {@code null} when it is no enum.
	 */
	private static @Nullable Class<?> enumType(Class<?> type) {
		Class<?> candidate = type;
		while (candidate != null && !candidate.isEnum()) {
			candidate = candidate.getSuperclass();
		}
		return (candidate != null && TwilioEnum.class.isAssignableFrom(candidate)) ? candidate : null;
	}

	private static final class TwilioEnumConverter<T extends TwilioEnum> implements Converter<String, T> {

		private final Class<?> enumType;

		private final @Nullable Object unknown;

		TwilioEnumConverter(Class<?> enumType) {
			this.enumType = enumType;
			this.unknown = TwilioEnums.unknown(enumType);
		}

		@Override
		// Null for empty text, as Spring's converter of other enums answers: the type
		// argument of Converter is where Spring declares that, which NullAway does not
		// read through ConverterFactory
		@SuppressWarnings({ "unchecked", "NullAway" })
		public @Nullable T convert(String source) {
			String value = source.trim();
			if (value.isEmpty()) {
				return null;
			}
			Object match = TwilioEnums.find(this.enumType, value);
			if (match == null) {
				match = this.unknown;
			}
			if (match == null) {
				throw new IllegalArgumentException("'" + value + "' is not a value of " + this.enumType.getName()
						+ "; expected one of " + values(this.enumType));
			}
			return (T) match;
		}

		private static String values(Class<?> enumType) {
			return Arrays.stream(enumType.getEnumConstants())
				.map((constant) -> ((TwilioEnum) constant).value())
				.collect(Collectors.joining(", "));
		}

	}

}
