package dev.twiliospring.twiml;

/**
 * A TwiML document that tells Twilio what to do with an incoming fax.
 *
 * @since 1.0.0
 */
public final class FaxResponse extends TwimlDocumentSupport {

	private FaxResponse(byte[] xml) {
		super(xml);
	}

	/**
	 * Start building a response.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Builder for {@link FaxResponse}.
	 */
	public static final class Builder extends TwimlBuilder<Builder, FaxResponse> {

		private Builder() {
			super(RESPONSE);
		}

		/**
		 * Add a {@code <Receive>} with Twilio's defaults.
		 * @return this builder
		 */
		public Builder receive() {
			return receive(Receive.builder());
		}

		/**
		 * Add a {@code <Receive>}.
		 * @param receive the element
		 * @return this builder
		 */
		public Builder receive(Receive receive) {
			return add(receive);
		}

		/**
		 * Add a {@code <Receive>}.
		 * @param receive the builder of the element, built by this call
		 * @return this builder
		 */
		public Builder receive(Receive.Builder receive) {
			return add(receive);
		}

		@Override
		public FaxResponse build() {
			return new FaxResponse(compile(DECLARATION));
		}

	}

}
