package dev.twiliospring.twiml;

import org.jspecify.annotations.Nullable;

/**
 * The {@code <Number>} noun of {@code <Dial>}: a phone number to call.
 * <p>
 * Import this class by name: next to a wildcard import of this package, the simple name
 * clashes with {@code java.lang.Number}.
 *
 * @since 1.0.0
 */
public final class Number extends TwimlElement {

	static final Tag TAG = new Tag("Number");

	private Number(byte[] xml) {
		super(xml);
	}

	/**
	 * Start building a {@code <Number>} for the given value.
	 * @param phoneNumber the phone number to call, in E.164 format
	 * @return a new builder
	 */
	public static Builder of(String phoneNumber) {
		return new Builder().text(phoneNumber);
	}

	/**
	 * Builder for {@link Number}.
	 */
	public static final class Builder extends MachineDetectionBuilder<Builder, Number> {

		private Builder() {
			super(TAG);
		}

		/**
		 * Set {@code sendDigits}: the DTMF tones to play once the call is answered, where
		 * {@code w} waits half a second.
		 * @param sendDigits the DTMF tones to play once the call is answered, where
		 * {@code w} waits half a second
		 * @return this builder
		 */
		public Builder sendDigits(@Nullable String sendDigits) {
			return set(Attr.SEND_DIGITS, sendDigits);
		}

		/**
		 * Set {@code byoc}: the SID of the BYOC trunk to place the call through.
		 * @param byoc the SID of the BYOC trunk to place the call through
		 * @return this builder
		 */
		public Builder byoc(@Nullable String byoc) {
			return set(Attr.BYOC, byoc);
		}

		@Override
		public Number build() {
			return new Number(compile());
		}

	}

}
