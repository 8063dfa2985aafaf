package dev.twiliospring.twiml;

import java.net.URI;

import org.jspecify.annotations.Nullable;

/**
 * The {@code <Refer>} verb: transfers a SIP call elsewhere with a SIP REFER.
 *
 * @since 1.0.0
 */
public final class Refer extends TwimlElement {

	static final Tag TAG = new Tag("Refer");

	private Refer(byte[] xml) {
		super(xml);
	}

	/**
	 * Start building a {@code <Refer>}.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Builder for {@link Refer}.
	 */
	public static final class Builder extends TwimlBuilder<Builder, Refer> {

		private Builder() {
			super(TAG);
		}

		/**
		 * Set {@code action}: the URL that Twilio requests when the transfer completes or
		 * fails.
		 * @param action the URL that Twilio requests when the transfer completes or fails
		 * @return this builder
		 */
		public Builder action(@Nullable String action) {
			return set(Attr.ACTION, action);
		}

		/**
		 * Set {@code action}: the URL that Twilio requests when the transfer completes or
		 * fails.
		 * @param action the URL that Twilio requests when the transfer completes or fails
		 * @return this builder
		 */
		public Builder action(@Nullable URI action) {
			return set(Attr.ACTION, action);
		}

		/**
		 * Set {@code method}: the HTTP method for the {@code action} URL.
		 * @param method the HTTP method for the {@code action} URL
		 * @return this builder
		 */
		public Builder method(@Nullable Method method) {
			return set(Attr.METHOD, method);
		}

		/**
		 * Add the {@code <Sip>} URI to transfer to.
		 * @param sipUri the SIP URI
		 * @return this builder
		 */
		public Builder sip(String sipUri) {
			return addElement(ReferSip.TAG, sipUri);
		}

		/**
		 * Add the {@code <Sip>} URI to transfer to.
		 * @param sipUri the SIP URI
		 * @return this builder
		 */
		public Builder sip(URI sipUri) {
			return sip(ReferSip.of(sipUri));
		}

		/**
		 * Add a {@code <Sip>}.
		 * @param sip the element
		 * @return this builder
		 */
		public Builder sip(ReferSip sip) {
			return add(sip);
		}

		/**
		 * Add a {@code <Sip>}.
		 * @param sip the builder of the element, built by this call
		 * @return this builder
		 */
		public Builder sip(ReferSip.Builder sip) {
			return add(sip);
		}

		@Override
		public Refer build() {
			return new Refer(compile());
		}

	}

}
