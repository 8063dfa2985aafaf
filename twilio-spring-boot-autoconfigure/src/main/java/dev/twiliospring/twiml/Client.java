package dev.twiliospring.twiml;

/**
 * The {@code <Client>} noun of {@code <Dial>}: a Twilio Voice SDK client to call, by
 * identity.
 *
 * @since 1.0.0
 */
public final class Client extends TwimlElement {

	static final Tag TAG = new Tag("Client");

	private Client(byte[] xml) {
		super(xml);
	}

	/**
	 * Start building a {@code <Client>}.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Start building a {@code <Client>} for the given value.
	 * @param identity the identity of the client
	 * @return a new builder
	 */
	public static Builder of(String identity) {
		return new Builder().text(identity);
	}

	/**
	 * Builder for {@link Client}.
	 */
	public static final class Builder extends ParameterizedDialPartyBuilder<Builder, Client> {

		private Builder() {
			super(TAG);
		}

		/**
		 * Add an {@code <Identity>}.
		 * @param identity the identity of the client
		 * @return this builder
		 */
		public Builder identity(String identity) {
			return addElement(Identity.TAG, identity);
		}

		/**
		 * Add an {@code <Identity>}.
		 * @param identity the element
		 * @return this builder
		 */
		public Builder identity(Identity identity) {
			return add(identity);
		}

		/**
		 * Add an {@code <Identity>}.
		 * @param identity the builder of the element, built by this call
		 * @return this builder
		 */
		public Builder identity(Identity.Builder identity) {
			return add(identity);
		}

		@Override
		public Client build() {
			return new Client(compile());
		}

	}

}
