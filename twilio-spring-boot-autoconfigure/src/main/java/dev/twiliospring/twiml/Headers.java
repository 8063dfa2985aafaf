package dev.twiliospring.twiml;

/**
 * The {@code <Headers>} noun of {@code <Sip>}: custom SIP headers to send with the
 * INVITE.
 *
 * @since 1.0.0
 */
public final class Headers extends TwimlElement {

	static final Tag TAG = new Tag("Headers");

	private Headers(byte[] xml) {
		super(xml);
	}

	/**
	 * Start building a {@code <Headers>}.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Builder for {@link Headers}.
	 */
	public static final class Builder extends TwimlBuilder<Builder, Headers> {

		private Builder() {
			super(TAG);
		}

		/**
		 * Add a {@code <Header>}.
		 * @param name the name of the header
		 * @param value the value of the header
		 * @return this builder
		 */
		public Builder header(String name, String value) {
			return header(Header.of(name, value));
		}

		/**
		 * Add a {@code <Header>}.
		 * @param header the element
		 * @return this builder
		 */
		public Builder header(Header header) {
			return add(header);
		}

		/**
		 * Add a {@code <Header>}.
		 * @param header the builder of the element, built by this call
		 * @return this builder
		 */
		public Builder header(Header.Builder header) {
			return add(header);
		}

		@Override
		public Headers build() {
			return new Headers(compile());
		}

	}

}
