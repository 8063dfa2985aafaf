package dev.twiliospring.twiml;

/**
 * The {@code <Identity>} noun of {@code <Client>}: the identity of the client to call.
 *
 * @since 1.0.0
 */
public final class Identity extends TwimlElement {

	static final Tag TAG = new Tag("Identity");

	private Identity(byte[] xml) {
		super(xml);
	}

	/**
	 * Start building an {@code <Identity>} for the given value.
	 * @param identity the identity of the client
	 * @return a new builder
	 */
	public static Builder of(String identity) {
		return new Builder().text(identity);
	}

	/**
	 * Builder for {@link Identity}.
	 */
	public static final class Builder extends TwimlTextBuilder<Builder, Identity> {

		private Builder() {
			super(TAG);
		}

		@Override
		public Identity build() {
			return new Identity(compile());
		}

	}

}
