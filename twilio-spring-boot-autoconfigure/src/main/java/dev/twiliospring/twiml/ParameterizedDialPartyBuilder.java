package dev.twiliospring.twiml;

/**
 * Base for the builders of the {@code <Dial>} nouns that also pass custom
 * {@code <Parameter>}s to the party: {@code <Application>} and {@code <Client>}.
 *
 * @param <B> the type of the builder
 * @param <T> the type that the builder builds
 * @since 1.0.0
 */
public abstract class ParameterizedDialPartyBuilder<B extends ParameterizedDialPartyBuilder<B, T>, T>
		extends DialPartyBuilder<B, T> {

	ParameterizedDialPartyBuilder(Tag tag) {
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
