package dev.twiliospring.twiml;

/**
 * Base for the builders of elements that take custom {@code <Parameter>}s.
 *
 * @param <B> the type of the builder
 * @param <T> the type that the builder builds
 * @since 1.0.0
 */
public abstract class ParameterizedBuilder<B extends ParameterizedBuilder<B, T>, T> extends TwimlBuilder<B, T> {

	ParameterizedBuilder(Tag tag) {
		super(tag);
	}

	/**
	 * Add a {@code <Parameter>}.
	 * @param name the name of the parameter
	 * @param value the value of the parameter
	 * @return this builder
	 */
	public B parameter(String name, String value) {
		return parameter(Parameter.of(name, value));
	}

	/**
	 * Add a {@code <Parameter>}.
	 * @param parameter the element
	 * @return this builder
	 */
	public B parameter(Parameter parameter) {
		return add(parameter);
	}

	/**
	 * Add a {@code <Parameter>}.
	 * @param parameter the builder of the element, built by this call
	 * @return this builder
	 */
	public B parameter(Parameter.Builder parameter) {
		return add(parameter);
	}

}
