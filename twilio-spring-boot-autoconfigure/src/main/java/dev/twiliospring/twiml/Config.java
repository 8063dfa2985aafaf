package dev.twiliospring.twiml;

/**
 * The {@code <Config>} noun: one configuration setting of a {@code <VirtualAgent>} or
 * {@code <Transcription>}.
 *
 * @since 1.0.0
 */
public final class Config extends TwimlElement {

	static final Tag TAG = new Tag("Config");

	private Config(byte[] xml) {
		super(xml);
	}

	/**
	 * Start building a {@code <Config>}.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Create a {@code <Config>} with the given name and value.
	 * @param name the name
	 * @param value the value
	 * @return a new builder
	 */
	public static Builder of(String name, String value) {
		return new Builder().nameAndValue(name, value);
	}

	/**
	 * Builder for {@link Config}.
	 */
	public static final class Builder extends NameValueBuilder<Builder, Config> {

		private Builder() {
			super(TAG);
		}

		@Override
		public Config build() {
			return new Config(compile());
		}

	}

}
