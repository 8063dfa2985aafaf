package dev.twiliospring.twiml;

import org.jspecify.annotations.Nullable;

/**
 * The {@code <Reject>} verb: declines an incoming call without answering it, so that it
 * is not billed.
 *
 * @since 1.0.0
 */
public final class Reject extends TwimlElement {

	static final Tag TAG = new Tag("Reject");

	private Reject(byte[] xml) {
		super(xml);
	}

	/**
	 * Start building a {@code <Reject>}.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Signal that the caller hears when a call is rejected.
	 */
	public enum Reason implements WireValue {

		/**
		 * A "not in service" response.
		 */
		REJECTED("rejected"),

		/**
		 * A busy signal.
		 */
		BUSY("busy");

		private final String value;

		Reason(String value) {
			this.value = value;
		}

		/**
		 * Return the value exactly as it is written in TwiML.
		 * @return the TwiML value
		 */
		@Override
		public String value() {
			return this.value;
		}

	}

	/**
	 * Builder for {@link Reject}.
	 */
	public static final class Builder extends ParameterizedBuilder<Builder, Reject> {

		private Builder() {
			super(TAG);
		}

		/**
		 * Set {@code reason}: the signal that the caller hears.
		 * @param reason the signal that the caller hears
		 * @return this builder
		 */
		public Builder reason(@Nullable Reason reason) {
			return set(Attr.REASON, reason);
		}

		@Override
		public Reject build() {
			return new Reject(compile());
		}

	}

}
