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
	public static final class Builder extends ParameterizedBuilder<Builder, Hangup> {

		private Builder() {
			super(TAG);
		}

		@Override
		public Hangup build() {
			return new Hangup(compile());
		}

	}

}
