package dev.twiliospring.twiml;

import org.jspecify.annotations.Nullable;

/**
 * The {@code <Application>} noun of {@code <Dial>}: a TwiML application to call.
 *
 * @since 1.0.0
 */
public final class Application extends TwimlElement {

	static final Tag TAG = new Tag("Application");

	private Application(byte[] xml) {
		super(xml);
	}

	/**
	 * Start building an {@code <Application>}.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Start building an {@code <Application>} for the given value.
	 * @param applicationSid the SID of the application
	 * @return a new builder
	 */
	public static Builder of(String applicationSid) {
		return new Builder().text(applicationSid);
	}

	/**
	 * Builder for {@link Application}.
	 */
	public static final class Builder extends ParameterizedDialPartyBuilder<Builder, Application> {

		private Builder() {
			super(TAG);
		}

		/**
		 * Set {@code customerId}: the identity of the caller, passed to the application.
		 * @param customerId the identity of the caller, passed to the application
		 * @return this builder
		 */
		public Builder customerId(@Nullable String customerId) {
			return set(Attr.CUSTOMER_ID, customerId);
		}

		/**
		 * Set {@code copyParentTo}: whether the called application sees the {@code To} of
		 * the parent call instead of its own SID.
		 * @param copyParentTo whether the called application sees the {@code To} of the
		 * parent call instead of its own SID
		 * @return this builder
		 */
		public Builder copyParentTo(boolean copyParentTo) {
			return set(Attr.COPY_PARENT_TO, copyParentTo);
		}

		/**
		 * Add an {@code <ApplicationSid>}.
		 * @param applicationSid the SID of the application
		 * @return this builder
		 */
		public Builder applicationSid(String applicationSid) {
			return addElement(ApplicationSid.TAG, applicationSid);
		}

		/**
		 * Add an {@code <ApplicationSid>}.
		 * @param applicationSid the element
		 * @return this builder
		 */
		public Builder applicationSid(ApplicationSid applicationSid) {
			return add(applicationSid);
		}

		/**
		 * Add an {@code <ApplicationSid>}.
		 * @param applicationSid the builder of the element, built by this call
		 * @return this builder
		 */
		public Builder applicationSid(ApplicationSid.Builder applicationSid) {
			return add(applicationSid);
		}

		@Override
		public Application build() {
			return new Application(compile());
		}

	}

}
