package dev.twiliospring.twiml;

/**
 * The {@code <ApplicationSid>} noun of {@code <Application>}: the SID of the application
 * to call.
 *
 * @since 1.0.0
 */
public final class ApplicationSid extends TwimlElement {

	static final Tag TAG = new Tag("ApplicationSid");

	private ApplicationSid(byte[] xml) {
		super(xml);
	}

	/**
	 * Start building an {@code <ApplicationSid>} for the given value.
	 * @param applicationSid the SID of the application
	 * @return a new builder
	 */
	public static Builder of(String applicationSid) {
		return new Builder().text(applicationSid);
	}

	/**
	 * Builder for {@link ApplicationSid}.
	 */
	public static final class Builder extends TwimlBuilder<Builder, ApplicationSid> {

		private Builder() {
			super(TAG);
		}

		/**
		 * Append text after the content added so far.
		 * @param text the text
		 * @return this builder
		 */
		public Builder text(String text) {
			return addText(text);
		}

		@Override
		public ApplicationSid build() {
			return new ApplicationSid(compile());
		}

	}

}
