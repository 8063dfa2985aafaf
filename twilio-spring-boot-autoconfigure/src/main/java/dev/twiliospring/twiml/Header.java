package dev.twiliospring.twiml;

/**
 * The {@code <Header>} noun of {@code <Headers>}: one custom SIP header.
 *
 * @since 1.0.0
 */
public final class Header extends TwimlElement {

	static final Tag TAG = new Tag("Header");

	private Header(byte[] xml) {
		super(xml);
	}

	/**
	 * Start building a {@code <Header>}.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Create a {@code <Header>} with the given name and value.
	 * @param name the name
	 * @param value the value
	 * @return a new builder
	 */
	public static Builder of(String name, String value) {
		return new Builder().nameAndValue(name, value);
	}

	/**
	 * Builder for {@link Header}.
	 */
	public static final class Builder extends NameValueBuilder<Builder, Header> {

		private Builder() {
			super(TAG);
		}

		@Override
		public Header build() {
			return new Header(compile());
		}

	}

}
