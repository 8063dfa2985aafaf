package dev.twiliospring.twiml;

/**
 * The {@code <Echo>} verb: plays the caller's audio back to them, for testing.
 *
 * @since 1.0.0
 */
public final class Echo extends TwimlElement {

	static final Tag TAG = new Tag("Echo");

	private Echo(byte[] xml) {
		super(xml);
	}

	/**
	 * Start building an {@code <Echo>}.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Builder for {@link Echo}.
	 */
	public static final class Builder extends TwimlBuilder<Builder, Echo> {

		private Builder() {
			super(TAG);
		}

		@Override
		public Echo build() {
			return new Echo(compile());
		}

	}

}
