package dev.twiliospring.twiml;

/**
 * The {@code <Body>} noun of {@code <Message>}: the text of the message.
 *
 * @since 1.0.0
 */
public final class Body extends TwimlElement {

	static final Tag TAG = new Tag("Body");

	private Body(byte[] xml) {
		super(xml);
	}

	/**
	 * Start building a {@code <Body>} for the given value.
	 * @param text the text of the message
	 * @return a new builder
	 */
	public static Builder of(String text) {
		return new Builder().text(text);
	}

	/**
	 * Builder for {@link Body}.
	 */
	public static final class Builder extends TwimlTextBuilder<Builder, Body> {

		private Builder() {
			super(TAG);
		}

		@Override
		public Body build() {
			return new Body(compile());
		}

	}

}
