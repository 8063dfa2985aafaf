package dev.twiliospring.twiml;

/**
 * The {@code <Leave>} verb: takes the caller out of the queue they wait in and continues
 * after their {@code <Enqueue>}.
 *
 * @since 1.0.0
 */
public final class Leave extends TwimlElement {

	static final Tag TAG = new Tag("Leave");

	private Leave(byte[] xml) {
		super(xml);
	}

	/**
	 * Start building a {@code <Leave>}.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Builder for {@link Leave}.
	 */
	public static final class Builder extends TwimlBuilder<Builder, Leave> {

		private Builder() {
			super(TAG);
		}

		@Override
		public Leave build() {
			return new Leave(compile());
		}

	}

}
