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
	public static final class Builder extends TwimlTextBuilder<Builder, ApplicationSid> {

		private Builder() {
			super(TAG);
		}

		@Override
		public ApplicationSid build() {
			return new ApplicationSid(compile());
		}

	}

}
