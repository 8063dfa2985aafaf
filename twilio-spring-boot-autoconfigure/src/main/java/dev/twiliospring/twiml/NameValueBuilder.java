package dev.twiliospring.twiml;

import org.jspecify.annotations.Nullable;

/**
 * Base for the builders of elements that are a name and a value: {@code <Config>},
 * {@code <Header>} and {@code <Parameter>}.
 *
 * @param <B> the type of the builder
 * @param <T> the type that the builder builds
 * @since 1.0.0
 */
public abstract class NameValueBuilder<B extends NameValueBuilder<B, T>, T> extends TwimlBuilder<B, T> {

	NameValueBuilder(Tag tag) {
		super(tag);
	}

	/**
	 * Set both the name and the value, which the {@code of} factories require: leaving
	 * one out there would write a noun that Twilio cannot use.
	 */
	final B nameAndValue(String name, String value) {
		if (name == null || value == null) {
			throw new NullPointerException(
					"'" + ((name == null) ? "name" : "value") + "' of " + this.tag + " must not be null");
		}
		return name(name).value(value);
	}

	/**
	 * Set {@code name}: the name.
	 * @param name the name
	 * @return this builder
	 */
	public B name(@Nullable String name) {
		return set(Attr.NAME, name);
	}

	/**
	 * Set {@code value}: the value.
	 * @param value the value
	 * @return this builder
	 */
	public B value(@Nullable String value) {
		return set(Attr.VALUE, value);
	}

}
