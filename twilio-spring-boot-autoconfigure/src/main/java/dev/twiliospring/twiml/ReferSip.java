package dev.twiliospring.twiml;

import java.net.URI;

/**
 * The {@code <Sip>} noun of {@code <Refer>}: the SIP URI to transfer the call to.
 *
 * @since 1.0.0
 */
public final class ReferSip extends TwimlElement {

	static final Tag TAG = new Tag("Sip");

	private ReferSip(byte[] xml) {
		super(xml);
	}

	/**
	 * Start building a {@code <Sip>} for the given URL.
	 * @param sipUri the SIP URI to transfer to
	 * @return a new builder
	 */
	public static Builder of(String sipUri) {
		return new Builder().text(sipUri);
	}

	/**
	 * Start building a {@code <Sip>} for the given URL.
	 * @param sipUri the SIP URI to transfer to
	 * @return a new builder
	 */
	public static Builder of(URI sipUri) {
		return new Builder().addText(sipUri, "sipUri");
	}

	/**
	 * Builder for {@link ReferSip}.
	 */
	public static final class Builder extends TwimlTextBuilder<Builder, ReferSip> {

		private Builder() {
			super(TAG);
		}

		@Override
		public ReferSip build() {
			return new ReferSip(compile());
		}

	}

}
