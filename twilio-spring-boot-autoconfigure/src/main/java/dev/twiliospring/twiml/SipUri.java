package dev.twiliospring.twiml;

import java.net.URI;

import org.jspecify.annotations.Nullable;

/**
 * The {@code <Uri>} noun of {@code <Sip>}: one SIP URI to try, with its own credentials,
 * priority and weight.
 *
 * @since 1.0.0
 */
public final class SipUri extends TwimlElement {

	static final Tag TAG = new Tag("Uri");

	private SipUri(byte[] xml) {
		super(xml);
	}

	/**
	 * Start building an {@code <Uri>} for the given URL.
	 * @param sipUri the SIP URI
	 * @return a new builder
	 */
	public static Builder of(String sipUri) {
		return new Builder().text(sipUri);
	}

	/**
	 * Start building an {@code <Uri>} for the given URL.
	 * @param sipUri the SIP URI
	 * @return a new builder
	 */
	public static Builder of(URI sipUri) {
		return new Builder().addText(sipUri, "sipUri");
	}

	/**
	 * Builder for {@link SipUri}.
	 */
	public static final class Builder extends TwimlTextBuilder<Builder, SipUri> {

		private Builder() {
			super(TAG);
		}

		/**
		 * Set {@code priority}: the priority of this URI; lower values are tried first.
		 * @param priority the priority of this URI
		 * @return this builder
		 */
		public Builder priority(@Nullable String priority) {
			return set(Attr.PRIORITY, priority);
		}

		/**
		 * Set {@code weight}: the share of calls that this URI gets among URIs of the
		 * same priority.
		 * @param weight the share of calls that this URI gets among URIs of the same
		 * priority
		 * @return this builder
		 */
		public Builder weight(@Nullable String weight) {
			return set(Attr.WEIGHT, weight);
		}

		/**
		 * Set {@code username}: the user name for SIP authentication.
		 * @param username the user name for SIP authentication
		 * @return this builder
		 */
		public Builder username(@Nullable String username) {
			return set(Attr.USERNAME, username);
		}

		/**
		 * Set {@code password}: the password for SIP authentication.
		 * @param password the password for SIP authentication
		 * @return this builder
		 */
		public Builder password(@Nullable String password) {
			return set(Attr.PASSWORD, password);
		}

		@Override
		public SipUri build() {
			return new SipUri(compile());
		}

	}

}
