package dev.twiliospring.webhook;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

import dev.twiliospring.client.TwilioEnum;

/**
 * Immutable view of all parameters of a webhook request, each name with one or more
 * values in the order they were sent.
 * <p>
 * Twilio adds parameters without notice, so every typed payload exposes this view as
 * well. {@link #toString()} shows parameter names only, never values, which often hold
 * phone numbers and message text. Jackson writes the view as the JSON object of
 * {@link #asMap()} and reads it back with {@link #of(Map)}, so that a payload an
 * application returns, caches or queues as JSON keeps its parameters.
 *
 * @since 1.0.0
 */
public final class WebhookParameters {

	private static final WebhookParameters EMPTY = new WebhookParameters(Map.of());

	private static final int MAX_ECHOED_VALUE_LENGTH = 40;

	private final Map<String, List<String>> parameters;

	private WebhookParameters(Map<String, List<String>> parameters) {
		this.parameters = parameters;
	}

	/**
	 * Create a view of the given parameters.
	 * @param parameters the parameters, each name with its values
	 * @return the parameters
	 * @throws IllegalArgumentException if a name, a list of values or a value is
	 * {@code null}, as in JSON such as {@code {"Body": null}}
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static WebhookParameters of(Map<String, ? extends Collection<String>> parameters) {
		Map<String, List<String>> copy = new LinkedHashMap<>();
		parameters.forEach((name, values) -> {
			Assert.isTrue(name != null, "Parameter names must not be null");
			Assert.isTrue(values != null, () -> "Parameter '" + name + "' must have a list of values, not null");
			// Not contains(null), which immutable lists answer with a NullPointerException
			Assert.isTrue(values.stream().allMatch(Objects::nonNull),
					() -> "Values of parameter '" + name + "' must not be null");
			if (!values.isEmpty()) {
				copy.put(name, List.copyOf(values));
			}
		});
		return new WebhookParameters(Collections.unmodifiableMap(copy));
	}

	/**
	 * Create a view of parameters as the Servlet API holds them.
	 * @param parameters the parameters, each name with its values
	 * @return the parameters
	 */
	public static WebhookParameters ofArrays(Map<String, String[]> parameters) {
		Map<String, List<String>> copy = new LinkedHashMap<>();
		parameters.forEach((name, values) -> copy.put(name, List.of(values)));
		return of(copy);
	}

	/**
	 * Check the parameters a payload record is created with, which JSON without them
	 * would leave null.
	 * @param params the parameters
	 * @throws IllegalArgumentException if they are {@code null}
	 */
	static void checkPresent(@Nullable WebhookParameters params) {
		Assert.notNull(params, "'params' must not be null; use WebhookParameters.empty() for none");
	}

	/**
	 * Return a view without parameters.
	 * @return the empty parameters
	 */
	public static WebhookParameters empty() {
		return EMPTY;
	}

	/**
	 * Return the first value of a parameter.
	 * @param name the parameter name, such as {@code "Body"}
	 * @return the first value, or {@code null} if the parameter is absent
	 */
	public @Nullable String get(String name) {
		List<String> values = this.parameters.get(name);
		return (values != null) ? values.get(0) : null;
	}

	/**
	 * Return all values of a parameter.
	 * @param name the parameter name
	 * @return the values, empty if the parameter is absent
	 */
	public List<String> getAll(String name) {
		return this.parameters.getOrDefault(name, List.of());
	}

	/**
	 * Return whether a parameter is present.
	 * @param name the parameter name
	 * @return whether the parameter is present
	 */
	public boolean contains(String name) {
		return this.parameters.containsKey(name);
	}

	/**
	 * Return the names of all parameters, in the order they were sent.
	 * @return the parameter names
	 */
	public Set<String> names() {
		return this.parameters.keySet();
	}

	/**
	 * Return all parameters as an unmodifiable map.
	 * @return the parameters, each name with its values
	 */
	@JsonValue
	public Map<String, List<String>> asMap() {
		return this.parameters;
	}

	/**
	 * Return whether there are no parameters.
	 * @return whether there are no parameters
	 */
	public boolean isEmpty() {
		return this.parameters.isEmpty();
	}

	/**
	 * Return the first value of a parameter as an integer.
	 * @param name the parameter name
	 * @return the value, or {@code null} if the parameter is absent or empty
	 * @throws InvalidWebhookPayloadException if the value is not an integer
	 */
	public @Nullable Integer getInteger(String name) {
		Long number = getWholeNumber(name, Integer.MIN_VALUE, Integer.MAX_VALUE);
		return (number != null) ? number.intValue() : null;
	}

	/**
	 * Return the first value of a parameter as a long.
	 * @param name the parameter name
	 * @return the value, or {@code null} if the parameter is absent or empty
	 * @throws InvalidWebhookPayloadException if the value is not an integer
	 */
	public @Nullable Long getLong(String name) {
		return getWholeNumber(name, Long.MIN_VALUE, Long.MAX_VALUE);
	}

	private @Nullable Long getWholeNumber(String name, long min, long max) {
		String value = getNonEmpty(name);
		if (value == null) {
			return null;
		}
		String trimmed = value.trim();
		try {
			if (isAsciiInteger(trimmed)) {
				long number = Long.parseLong(trimmed);
				if (number >= min && number <= max) {
					return number;
				}
			}
		}
		catch (NumberFormatException ex) {
			// beyond a long: fall through to the common error
		}
		throw invalid(name, value, "an integer");
	}

	/**
	 * Return the first value of a parameter as a double.
	 * @param name the parameter name
	 * @return the value, or {@code null} if the parameter is absent or empty
	 * @throws InvalidWebhookPayloadException if the value is not a finite decimal number
	 */
	public @Nullable Double getDouble(String name) {
		String value = getNonEmpty(name);
		if (value == null) {
			return null;
		}
		String trimmed = value.trim();
		try {
			if (isAsciiDecimal(trimmed)) {
				double number = Double.parseDouble(trimmed);
				if (Double.isFinite(number)) {
					return number;
				}
			}
		}
		catch (NumberFormatException ex) {
			// fall through to the common error
		}
		throw invalid(name, value, "a decimal number");
	}

	/**
	 * Return the first value of a parameter as a boolean.
	 * @param name the parameter name
	 * @return the value, or {@code null} if the parameter is absent or empty
	 * @throws InvalidWebhookPayloadException if the value is neither {@code true} nor
	 * {@code false}
	 */
	public @Nullable Boolean getBoolean(String name) {
		String value = getNonEmpty(name);
		if (value == null) {
			return null;
		}
		return switch (value.trim().toLowerCase(Locale.ROOT)) {
			case "true" -> Boolean.TRUE;
			case "false" -> Boolean.FALSE;
			default -> throw invalid(name, value, "true or false");
		};
	}

	/**
	 * Return the first value of a parameter as a date-time in the RFC 2822 format that
	 * Twilio sends dates of webhooks in, such as {@code Tue, 25 Nov 2025 14:03:09 +0000}
	 * (the day name being optional, the zone also {@code GMT}).
	 * @param name the parameter name, such as {@code "Timestamp"}
	 * @return the value, or {@code null} if the parameter is absent or empty
	 * @throws InvalidWebhookPayloadException if the value is not an RFC 2822 date-time
	 */
	public @Nullable OffsetDateTime getDateTime(String name) {
		String value = getNonEmpty(name);
		if (value == null) {
			return null;
		}
		try {
			return OffsetDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME);
		}
		catch (DateTimeParseException ex) {
			throw invalid(name, value, "an RFC 2822 date-time, such as 'Tue, 25 Nov 2025 14:03:09 +0000',");
		}
	}

	/**
	 * Return the first value of a parameter as a constant of a Twilio enum, such as
	 * {@code Message.Status}, ignoring case and surrounding blanks.
	 * @param <E> the enum type
	 * @param name the parameter name
	 * @param from the enum's lookup, such as {@code Message.Status::from}, which maps
	 * values it does not know to its {@code UNKNOWN} constant
	 * @return the constant, or {@code null} if the parameter is absent or empty
	 */
	public <E extends TwilioEnum> @Nullable E getEnum(String name, Function<String, E> from) {
		String value = getNonEmpty(name);
		return (value != null) ? from.apply(value.trim()) : null;
	}

	/**
	 * Return the first value of a parameter, or {@code null} if it is absent or blank,
	 * as the typed getters read it.
	 */
	@Nullable String getNonEmpty(String name) {
		String value = get(name);
		return (value == null || value.isBlank()) ? null : value;
	}

	/**
	 * Whether the text is an optionally signed run of ASCII digits. Java's parsers also
	 * take digits of other scripts, which Twilio never sends.
	 */
	private static boolean isAsciiInteger(String text) {
		int start = afterSign(text, 0);
		return start < text.length() && digits(text, start) == text.length();
	}

	/**
	 * Whether the text is a decimal number in ASCII, optionally signed, with an optional
	 * exponent. Java's parser also takes hexadecimal floats and the {@code f} and
	 * {@code d} type suffixes, which are no decimal numbers.
	 */
	private static boolean isAsciiDecimal(String text) {
		int i = afterSign(text, 0);
		int integerEnd = digits(text, i);
		int fractionEnd = integerEnd;
		if (integerEnd < text.length() && text.charAt(integerEnd) == '.') {
			fractionEnd = digits(text, integerEnd + 1);
		}
		int mantissaDigits = (integerEnd - i) + Math.max(0, fractionEnd - integerEnd - 1);
		if (mantissaDigits == 0) {
			return false;
		}
		if (fractionEnd < text.length() && (text.charAt(fractionEnd) == 'e' || text.charAt(fractionEnd) == 'E')) {
			int exponent = afterSign(text, fractionEnd + 1);
			int exponentEnd = digits(text, exponent);
			return exponentEnd > exponent && exponentEnd == text.length();
		}
		return fractionEnd == text.length();
	}

	/**
	 * Return the index after an optional {@code +} or {@code -} at {@code at}.
	 */
	private static int afterSign(String text, int at) {
		return (at < text.length() && (text.charAt(at) == '+' || text.charAt(at) == '-')) ? at + 1 : at;
	}

	/**
	 * Return the index after the run of ASCII digits that starts at {@code from}.
	 */
	private static int digits(String text, int from) {
		int i = from;
		while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
			i++;
		}
		return i;
	}

	private static InvalidWebhookPayloadException invalid(String name, String value, String expected) {
		String shown = (value.length() > MAX_ECHOED_VALUE_LENGTH)
				? value.substring(0, MAX_ECHOED_VALUE_LENGTH) + "..." : value;
		return new InvalidWebhookPayloadException(
				"Parameter '" + name + "' must be " + expected + " but was '" + shown + "'", name);
	}

	/**
	 * Return the values of numbered parameters such as {@code MediaUrl0},
	 * {@code MediaUrl1}, ordered by their number.
	 * @param prefix the name before the number, such as {@code "MediaUrl"}
	 * @return the numbers that are present, in ascending order
	 */
	List<Integer> indexesOf(String prefix) {
		List<Integer> indexes = new ArrayList<>();
		for (String name : this.parameters.keySet()) {
			if (name.length() > prefix.length() && name.startsWith(prefix)) {
				String suffix = name.substring(prefix.length());
				if (isIndex(suffix)) {
					indexes.add(Integer.parseInt(suffix));
				}
			}
		}
		Collections.sort(indexes);
		return indexes;
	}

	/**
	 * Whether the text is an index as Twilio writes it: ASCII digits without leading
	 * zeros, so that {@code MediaUrl00} is not read as another {@code MediaUrl0}.
	 */
	private static boolean isIndex(String text) {
		if (text.length() > 4 || (text.length() > 1 && text.charAt(0) == '0')) {
			return false;
		}
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) < '0' || text.charAt(i) > '9') {
				return false;
			}
		}
		return true;
	}

	@Override
	public boolean equals(@Nullable Object obj) {
		if (this == obj) {
			return true;
		}
		return (obj instanceof WebhookParameters other) && this.parameters.equals(other.parameters);
	}

	@Override
	public int hashCode() {
		return this.parameters.hashCode();
	}

	@Override
	public String toString() {
		return "WebhookParameters" + this.parameters.keySet();
	}

}
