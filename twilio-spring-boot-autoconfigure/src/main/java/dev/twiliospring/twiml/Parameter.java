package dev.twiliospring.twiml;

/**
 * The {@code <Parameter>} noun: a custom name and value passed along with its parent, for
 * example to a client, a stream or a payment connector.
 *
 * @since 1.0.0
 */
public final class Parameter extends TwimlElement {

	static final Tag TAG = new Tag("Parameter");

	private Parameter(byte[] xml) {
		super(xml);
	}

	/**
	 * Start building a {@code <Parameter>}.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Create a {@code <Parameter>} with the given name and value.
	 * @param name the name
	 * @param value the value
	 * @return a new builder
	 */
	public static Builder of(String name, String value) {
		return new Builder().nameAndValue(name, value);
	}

	/**
	 * Builder for {@link Parameter}.
	 */
	public static final class Builder extends NameValueBuilder<Builder, Parameter> {

		private Builder() {
			super(TAG);
		}

		@Override
		public Parameter build() {
			return new Parameter(compile());
		}

	}

}
