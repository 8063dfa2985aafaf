package dev.twiliospring.twiml;

/**
 * The {@code <Hangup>} verb: ends the call.
 *
 * @since 1.0.0
 */
public final class Hangup extends TwimlElement {

	static final Tag TAG = new Tag("Hangup");

	private Hangup(byte[] xml) {
		super(xml);
	}

	/**
	 * Start building a {@code <Hangup>}.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Builder for {@link Hangup}.
	 */
	public static final class Builder extends TwimlBuilder<Builder, Hangup> {

		private Builder() {
			super(TAG);
		}

		/**
		 * Add a {@code <Parameter>}.
		 * @param name the name of the parameter
		 * @param value the value of the parameter
		 * @return this builder
		 */
		public Builder parameter(String name, String value) {
			return parameter(Parameter.of(name, value));
		}

		/**
		 * Add a {@code <Parameter>}.
		 * @param parameter the element
		 * @return this builder
		 */
		public Builder parameter(Parameter parameter) {
			return add(parameter);
		}

		/**
		 * Add a {@code <Parameter>}.
		 * @param parameter the builder of the element, built by this call
		 * @return this builder
		 */
		public Builder parameter(Parameter.Builder parameter) {
			return add(parameter);
		}

		@Override
		public Hangup build() {
			return new Hangup(compile());
		}

	}

}
