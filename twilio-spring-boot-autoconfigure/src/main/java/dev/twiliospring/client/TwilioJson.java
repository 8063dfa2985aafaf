package dev.twiliospring.client;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonCreator;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueInstantiator;
import tools.jackson.databind.deser.std.StdValueInstantiator;
import tools.jackson.databind.introspect.AnnotatedConstructor;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.module.SimpleValueInstantiators;

import org.jspecify.annotations.Nullable;

/**
 * The client's own Jackson configuration, independent of any application mapper.
 */
final class TwilioJson {

	private static final String MONTHS = "JanFebMarAprMayJunJulAugSepOctNovDec";

	private static final String[] DAYS = { "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun" };

	private TwilioJson() {
	}

	/**
	 * Say why a response could not be read. Jackson's message for a body that ends early
	 * points at a source location that the mapper keeps hidden, which reads as noise.
	 * @param ex the failure
	 * @return the reason, for an exception message
	 */
	static String unreadableReason(JacksonException ex) {
		return (ex instanceof UnexpectedEndOfInputException) ? "the JSON ends before it is complete (the body "
				+ "was cut short)" : ex.getOriginalMessage();
	}

	/**
	 * Create the mapper for Twilio responses: unknown fields are ignored, so that new
	 * Twilio fields never break an existing application, and {@link OffsetDateTime}
	 * accepts both Twilio date formats.
	 * @return the mapper
	 */
	static JsonMapper createMapper() {
		SimpleModule module = new SimpleModule("twilio");
		TwilioEnumDeserializers deserializers = new TwilioEnumDeserializers();
		deserializers.addDeserializer(OffsetDateTime.class, new TwilioDateTimeDeserializer());
		deserializers.addDeserializer(BigDecimal.class, new TwilioDecimalDeserializer());
		module.setDeserializers(deserializers);
		module.setValueInstantiators(new ConstructorCallingInstantiators());
		// Interned names are the very strings that Jackson's property tables hold, so that
		// finding each field's property compares references, not characters
		JsonFactory factory = JsonFactory.builder().enable(TokenStreamFactory.Feature.INTERN_PROPERTY_NAMES).build();
		return JsonMapper.builder(factory)
			.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
			// Response bodies can hold secrets, such as a new subaccount's auth token.
			.disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
			.addModule(module)
			.build();
	}

	/**
	 * Parse a Twilio date: RFC 2822 in the 2010-04-01 API
	 * ({@code Thu, 30 Jul 2015 20:12:31 +0000}, the day name being optional, the zone
	 * also {@code GMT} or {@code UT}), ISO-8601 in the newer APIs.
	 * @param text the date text
	 * @return the date
	 * @throws DateTimeParseException if the text is in neither format
	 */
	static OffsetDateTime parseDateTime(String text) {
		String trimmed = text.trim();
		OffsetDateTime common = parseCommonShape(trimmed);
		if (common != null) {
			return common;
		}
		// An RFC 2822 date may leave out the day name and so start with a digit too
		if (trimmed.length() > 4 && trimmed.charAt(4) == '-') {
			return OffsetDateTime.parse(trimmed, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
		}
		// RFC 5322 section 4.3 has readers accept the obsolete zone UT, which is GMT; the
		// formatter reads only GMT
		if (trimmed.regionMatches(true, trimmed.length() - 3, " UT", 0, 3)) {
			trimmed = trimmed.substring(0, trimmed.length() - 2) + "GMT";
		}
		return OffsetDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME);
	}

	/**
	 * Read the two shapes Twilio sends every date in, {@code Thu, 30 Jul 2015 20:12:31
	 * +0000} and {@code 2015-07-30T20:12:31Z}, without the general formatters, which
	 * cost more than the rest of a resource's fields together.
	 * @return the date, or {@code null} for anything else (left to the formatters,
	 * which also report what is wrong)
	 */
	static @Nullable OffsetDateTime parseCommonShape(String text) {
		try {
			if (text.length() == 31 && text.charAt(3) == ',' && text.endsWith(" +0000")) {
				int month = month(text, 8);
				if (month < 1 || text.charAt(4) != ' ' || text.charAt(7) != ' ' || text.charAt(11) != ' '
						|| text.charAt(16) != ' ') {
					return null;
				}
				OffsetDateTime result = OffsetDateTime.of(digits(text, 12, 4), month, digits(text, 5, 2),
						time(text, 17), digits(text, 20, 2), digits(text, 23, 2), 0, ZoneOffset.UTC);
				return text.startsWith(DAYS[result.getDayOfWeek().ordinal()]) ? result : null;
			}
			if (text.length() == 20 && text.charAt(4) == '-' && text.charAt(7) == '-' && text.charAt(10) == 'T'
					&& text.charAt(19) == 'Z') {
				return OffsetDateTime.of(digits(text, 0, 4), digits(text, 5, 2), digits(text, 8, 2), time(text, 11),
						digits(text, 14, 2), digits(text, 17, 2), 0, ZoneOffset.UTC);
			}
		}
		catch (DateTimeException | NumberFormatException ex) {
			// Out of range or not digits: the formatters say what is wrong
		}
		return null;
	}

	private static int month(String text, int offset) {
		for (int i = 0; i < MONTHS.length(); i += 3) {
			if (text.regionMatches(offset, MONTHS, i, 3)) {
				return i / 3 + 1;
			}
		}
		return 0;
	}

	/**
	 * The hour at {@code offset}, checking the colons of {@code HH:mm:ss}.
	 */
	private static int time(String text, int offset) {
		if (text.charAt(offset + 2) != ':' || text.charAt(offset + 5) != ':') {
			throw new NumberFormatException();
		}
		return digits(text, offset, 2);
	}

	private static int digits(String text, int offset, int count) {
		int value = 0;
		for (int i = offset; i < offset + count; i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				throw new NumberFormatException();
			}
			value = value * 10 + (c - '0');
		}
		return value;
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

	/**
	 * Deserializer for amounts, which Twilio sends as strings ({@code "-0.00750"}) and
	 * sometimes as numbers. Jackson's own checks a string against a regular expression
	 * before parsing it, which costs more than the parsing; here the parsing is the check.
	 */
	static final class TwilioDecimalDeserializer extends ValueDeserializer<BigDecimal> {

		/**
		 * The longest amount read, as Jackson's default limit on the length of a number:
		 * parsing a longer one takes time that grows with the square of its length.
		 */
		private static final int MAX_LENGTH = 1000;

		@Override
		public @Nullable BigDecimal deserialize(JsonParser parser, DeserializationContext context) {
			JsonToken token = parser.currentToken();
			if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
				return parser.getDecimalValue();
			}
			if (token != JsonToken.VALUE_STRING) {
				return (BigDecimal) context.handleUnexpectedToken(BigDecimal.class, parser);
			}
			String text = parser.getString().trim();
			if (text.isEmpty()) {
				return null;
			}
			if (text.length() <= MAX_LENGTH) {
				try {
					return new BigDecimal(text);
				}
				catch (NumberFormatException ex) {
					// Reported below
				}
			}
			return (BigDecimal) context.handleWeirdStringValue(BigDecimal.class, text, "not a valid decimal number");
		}

	}

	/**
	 * Finds the deserializer of a {@link TwilioEnum} whose {@code @JsonCreator} maps
	 * values through {@link TwilioEnums#from} with an {@code UNKNOWN} fallback, as every
	 * enum of this library does, and reads it with that lookup directly: Jackson would
	 * call the creator method reflectively for every value.
	 */
	static final class TwilioEnumDeserializers extends SimpleDeserializers {

		/**
		 * The {@code UNKNOWN} constant of each {@link TwilioEnum} that has a static
		 * {@code @JsonCreator}, found once per type.
		 */
		private static final ClassValue<Optional<Enum<?>>> UNKNOWN_FALLBACKS = new ClassValue<>() {

			@Override
			protected Optional<Enum<?>> computeValue(Class<?> type) {
				if (!type.isEnum() || !TwilioEnum.class.isAssignableFrom(type)) {
					return Optional.empty();
				}
				boolean creator = false;
				for (Method method : type.getDeclaredMethods()) {
					creator |= Modifier.isStatic(method.getModifiers()) && method.isAnnotationPresent(JsonCreator.class);
				}
				return creator ? Optional.ofNullable((Enum<?>) TwilioEnums.unknown(type)) : Optional.empty();
			}

		};

		@Override
		public @Nullable ValueDeserializer<?> findEnumDeserializer(JavaType type, DeserializationConfig config,
				BeanDescription.Supplier beanDescription) {
			Enum<?> unknown = unknownFallback(type.getRawClass());
			if (unknown != null) {
				return new TwilioEnumDeserializer(type.getRawClass(), unknown);
			}
			return super.findEnumDeserializer(type, config, beanDescription);
		}

		@Override
		public boolean hasDeserializerFor(DeserializationConfig config, Class<?> valueType) {
			return unknownFallback(valueType) != null || super.hasDeserializerFor(config, valueType);
		}

		private static @Nullable Enum<?> unknownFallback(Class<?> type) {
			return UNKNOWN_FALLBACKS.get(type).orElse(null);
		}

	}

	/**
	 * Reads a {@link TwilioEnum} as {@link TwilioEnums#from} does.
	 */
	static final class TwilioEnumDeserializer extends ValueDeserializer<Object> {

		private final Class<?> type;

		private final Enum<?> unknown;

		TwilioEnumDeserializer(Class<?> type, Enum<?> unknown) {
			this.type = type;
			this.unknown = unknown;
		}

		@Override
		public @Nullable Object deserialize(JsonParser parser, DeserializationContext context) {
			if (parser.currentToken() != JsonToken.VALUE_STRING) {
				return context.handleUnexpectedToken(this.type, parser);
			}
			return TwilioEnums.lookup(this.type, parser.getString(), this.unknown);
		}

	}

	/**
	 * Has the records and classes of this library created through their constructor by
	 * reflection. Jackson calls a creator with arguments through
	 * {@code MethodHandle.invokeWithArguments}, which adapts the handle to the argument
	 * array anew on every call; for a resource of twenty fields that costs more than
	 * reading the JSON.
	 */
	static final class ConstructorCallingInstantiators extends SimpleValueInstantiators {

		@Override
		public ValueInstantiator modifyValueInstantiator(DeserializationConfig config,
				BeanDescription.Supplier beanDescription, ValueInstantiator instantiator) {
			if (instantiator.getClass() == StdValueInstantiator.class) {
				StdValueInstantiator standard = (StdValueInstantiator) instantiator;
				if (standard.getWithArgsCreator() instanceof AnnotatedConstructor creator
						&& creator.getDeclaringClass().getName().startsWith("dev.twiliospring.")
						&& creator.getAnnotated().trySetAccessible()) {
					return new ConstructorCallingInstantiator(standard, creator.getAnnotated());
				}
			}
			return instantiator;
		}

	}

	/**
	 * Creates a value with its constructor, reporting problems as Jackson does.
	 */
	static final class ConstructorCallingInstantiator extends StdValueInstantiator {

		private final Constructor<?> constructor;

		ConstructorCallingInstantiator(StdValueInstantiator instantiator, Constructor<?> constructor) {
			super(instantiator);
			this.constructor = constructor;
		}

		@Override
		public Object createFromObjectWith(DeserializationContext context, Object[] arguments) {
			try {
				return this.constructor.newInstance(arguments);
			}
			catch (InvocationTargetException ex) {
				return context.handleInstantiationProblem(getValueClass(), arguments,
						rewrapCtorProblem(context, ex.getCause()));
			}
			catch (ReflectiveOperationException | IllegalArgumentException ex) {
				return context.handleInstantiationProblem(getValueClass(), arguments, rewrapCtorProblem(context, ex));
			}
		}

	}

}
