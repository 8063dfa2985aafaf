package dev.twiliospring.client;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;
import org.springframework.util.ObjectUtils;

/**
 * Ordered, multi-valued request parameters, used both as form parameters and as query
 * parameters of a {@link TwilioRequest}.
 * <p>
 * Values are formatted the way Twilio expects: {@link Instant}, {@link OffsetDateTime},
 * {@link ZonedDateTime}, {@link Date} and {@link Calendar} as ISO-8601 instants in UTC
 * ({@code 2025-05-01T10:15:30Z}), {@link LocalDate} as ISO-8601 dates, {@link BigDecimal}
 * without exponent, booleans as {@code true}/{@code false}, collections and arrays as one
 * value per element (a repeated parameter such as {@code MediaUrl}), {@link TwilioEnum}
 * constants as their Twilio value, and everything else with {@code toString()}. Empty
 * strings are kept, because Twilio gives some of them a meaning (an empty {@code Body}
 * redacts a message).
 * <p>
 * {@link #toString()} shows parameter names only, since values may hold personal data or
 * credentials.
 *
 * @since 1.0.0
 */
public final class TwilioParameters {

	private static final TwilioParameters EMPTY = new TwilioParameters(Collections.emptyMap());

	private final Map<String, List<String>> values;

	private TwilioParameters(Map<String, List<String>> values) {
		this.values = values;
	}

	/**
	 * Return parameters without any values.
	 * @return the empty parameters
	 */
	public static TwilioParameters empty() {
		return EMPTY;
	}

	/**
	 * Return a builder for new parameters.
	 * @return the builder
	 */
	public static Builder builder() {
		return new Builder(null);
	}

	/**
	 * Return a builder that starts with a copy of these parameters.
	 * @return the builder
	 */
	public Builder mutate() {
		return new Builder(this);
	}

	/**
	 * Return all values of a parameter.
	 * @param name the parameter name
	 * @return the values in the order they were added, or an empty list
	 */
	public List<String> get(String name) {
		return this.values.getOrDefault(name, Collections.emptyList());
	}

	/**
	 * Return the first value of a parameter.
	 * @param name the parameter name
	 * @return the first value, or {@code null} if the parameter is not set
	 */
	public @Nullable String getFirst(String name) {
		List<String> values = this.values.get(name);
		return (values != null) ? values.get(0) : null;
	}

	/**
	 * Return whether a parameter is set.
	 * @param name the parameter name
	 * @return whether the parameter has at least one value
	 */
	public boolean contains(String name) {
		return this.values.containsKey(name);
	}

	/**
	 * Return whether no parameter is set.
	 * @return whether these parameters are empty
	 */
	public boolean isEmpty() {
		return this.values.isEmpty();
	}

	/**
	 * Return the parameters as an unmodifiable map.
	 * @return the parameters by name, in the order they were first added
	 */
	public Map<String, List<String>> asMap() {
		return this.values;
	}

	@Override
	public boolean equals(@Nullable Object obj) {
		return (this == obj) || (obj instanceof TwilioParameters other && this.values.equals(other.values));
	}

	@Override
	public int hashCode() {
		return this.values.hashCode();
	}

	@Override
	public String toString() {
		return "TwilioParameters" + this.values.keySet();
	}

	/**
	 * Format a single value the way Twilio expects it.
	 * @param value the value
	 * @return the formatted value
	 */
	static String format(Object value) {
		if (value instanceof CharSequence text) {
			return text.toString();
		}
		if (value instanceof BigDecimal decimal) {
			return decimal.toPlainString();
		}
		if (value instanceof Instant instant) {
			return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
		}
		if (value instanceof OffsetDateTime dateTime) {
			return format(dateTime.toInstant());
		}
		if (value instanceof ZonedDateTime dateTime) {
			return format(dateTime.toInstant());
		}
		if (value instanceof LocalDate date) {
			return DateTimeFormatter.ISO_LOCAL_DATE.format(date);
		}
		// Their toString() is in the JVM's time zone, in a shape Twilio does not read
		if (value instanceof Calendar calendar) {
			return format(calendar.toInstant());
		}
		if (value instanceof Date date) {
			try {
				return format(date.toInstant());
			}
			catch (UnsupportedOperationException ex) {
				// A java.sql.Date or Time is no instant, and its toString() is ISO-8601
			}
		}
		if (value instanceof LocalDateTime) {
			throw new IllegalArgumentException(
					"A LocalDateTime has no time zone and would be read by Twilio as UTC; pass an Instant, "
							+ "OffsetDateTime or ZonedDateTime instead");
		}
		if (value instanceof TwilioEnum twilioEnum) {
			return twilioEnum.value();
		}
		return value.toString();
	}

	/**
	 * Builder for {@link TwilioParameters}.
	 */
	public static final class Builder {

		/**
		 * The parameters so far, once they differ from {@link #base}.
		 */
		private @Nullable LinkedHashMap<String, List<String>> values;

		/**
		 * Parameters this builder started from or took over whole, shared until the first
		 * change, so that passing built parameters on costs no copy.
		 */
		private @Nullable TwilioParameters base;

		private Builder(@Nullable TwilioParameters base) {
			this.base = base;
		}

		private LinkedHashMap<String, List<String>> values() {
			if (this.values == null) {
				LinkedHashMap<String, List<String>> values = new LinkedHashMap<>();
				if (this.base != null) {
					this.base.values.forEach((name, list) -> values.put(name, new ArrayList<>(list)));
					this.base = null;
				}
				this.values = values;
			}
			return this.values;
		}

		/**
		 * Set a parameter, replacing any value it had. A collection or array sets one
		 * value per element.
		 * @param name the parameter name
		 * @param value the value; {@code null} removes the parameter
		 * @return this builder
		 */
		public Builder set(String name, @Nullable Object value) {
			Assert.hasText(name, "Parameter name must not be empty");
			values().remove(name);
			return add(name, value);
		}

		/**
		 * Add a value to a parameter, keeping the values it already had. A collection or
		 * array adds one value per element.
		 * @param name the parameter name
		 * @param value the value; {@code null} adds nothing
		 * @return this builder
		 * @throws IllegalArgumentException if the value is the {@code UNKNOWN} constant
		 * of a {@link TwilioEnum}, which stands for values Twilio sent that this client
		 * does not know and means nothing to Twilio
		 */
		public Builder add(String name, @Nullable Object value) {
			Assert.hasText(name, "Parameter name must not be empty");
			if (value == null) {
				return this;
			}
			if (value instanceof Iterable<?> iterable) {
				iterable.forEach((element) -> add(name, element));
				return this;
			}
			if (ObjectUtils.isArray(value)) {
				for (Object element : ObjectUtils.toObjectArray(value)) {
					add(name, element);
				}
				return this;
			}
			if (value instanceof TwilioEnum constant && "UNKNOWN".equals(constant.name())) {
				throw new IllegalArgumentException(name + " cannot be UNKNOWN: it stands for values this client "
						+ "does not know and cannot be sent to Twilio");
			}
			values().computeIfAbsent(name, (key) -> new ArrayList<>(1)).add(format(value));
			return this;
		}

		/**
		 * Add every value of the given parameters.
		 * @param parameters the parameters to add
		 * @return this builder
		 */
		public Builder addAll(TwilioParameters parameters) {
			if (parameters.isEmpty()) {
				return this;
			}
			if (this.values == null && this.base == null) {
				this.base = parameters;
				return this;
			}
			parameters.values.forEach((name, values) -> values.forEach((value) -> add(name, value)));
			return this;
		}

		/**
		 * Add every value of the given map.
		 * @param parameters the parameters to add, each value formatted like {@link #add}
		 * @return this builder
		 */
		public Builder addAll(Map<String, ?> parameters) {
			parameters.forEach(this::add);
			return this;
		}

		/**
		 * Remove a parameter.
		 * @param name the parameter name
		 * @return this builder
		 */
		public Builder remove(String name) {
			values().remove(name);
			return this;
		}

		/**
		 * Return whether a parameter is set.
		 * @param name the parameter name
		 * @return whether the parameter has at least one value
		 */
		public boolean contains(String name) {
			return (this.values != null) ? this.values.containsKey(name)
					: (this.base != null && this.base.values.containsKey(name));
		}

		/**
		 * Return the first value of a parameter.
		 * @param name the parameter name
		 * @return the first value, or {@code null} if the parameter is not set
		 */
		public @Nullable String getFirst(String name) {
			List<String> values = (this.values != null) ? this.values.get(name)
					: ((this.base != null) ? this.base.values.get(name) : null);
			return (values != null && !values.isEmpty()) ? values.get(0) : null;
		}

		/**
		 * Build the parameters.
		 * @return the immutable parameters
		 */
		public TwilioParameters build() {
			if (this.values == null) {
				return (this.base != null) ? this.base : EMPTY;
			}
			if (this.values.isEmpty()) {
				return EMPTY;
			}
			// The builder hands its own map over, rather than a copy, and goes on from the
			// parameters as from those it was made from: a later change copies them first
			LinkedHashMap<String, List<String>> values = this.values;
			values.replaceAll((name, list) -> List.copyOf(list));
			TwilioParameters parameters = new TwilioParameters(Collections.unmodifiableMap(values));
			this.values = null;
			this.base = parameters;
			return parameters;
		}

	}

}
