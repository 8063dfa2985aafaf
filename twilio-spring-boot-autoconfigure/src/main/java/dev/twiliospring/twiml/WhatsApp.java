package dev.twiliospring.twiml;

/**
 * The {@code <WhatsApp>} noun of {@code <Dial>}: a WhatsApp user to call.
 *
 * @since 1.0.0
 */
public final class WhatsApp extends TwimlElement {

	static final Tag TAG = new Tag("WhatsApp");

	private WhatsApp(byte[] xml) {
		super(xml);
	}

	/**
	 * Start building a {@code <WhatsApp>} for the given value.
	 * @param phoneNumber the WhatsApp phone number to call, in E.164 format
	 * @return a new builder
	 */
	public static Builder of(String phoneNumber) {
		return new Builder().text(phoneNumber);
	}

	/**
	 * Builder for {@link WhatsApp}.
	 */
	public static final class Builder extends DialPartyBuilder<Builder, WhatsApp> {

		private Builder() {
			super(TAG);
		}

		@Override
		public WhatsApp build() {
			return new WhatsApp(compile());
		}

	}

}
