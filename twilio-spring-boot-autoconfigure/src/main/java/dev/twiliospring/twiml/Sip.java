package dev.twiliospring.twiml;

import java.net.URI;

import org.jspecify.annotations.Nullable;

/**
 * The {@code <Sip>} noun of {@code <Dial>}: a SIP endpoint to call, by URI, or by several
 * nested {@code <Uri>}s.
 *
 * @since 1.0.0
 */
public final class Sip extends TwimlElement {

	static final Tag TAG = new Tag("Sip");

	private Sip(byte[] xml) {
		super(xml);
	}

	/**
	 * Start building a {@code <Sip>}.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Start building a {@code <Sip>} for the given URL.
	 * @param sipUri the SIP URI to call, such as {@code sip:alice@example.com}
	 * @return a new builder
	 */
	public static Builder of(String sipUri) {
		return new Builder().text(sipUri);
	}

	/**
	 * Start building a {@code <Sip>} for the given URL.
	 * @param sipUri the SIP URI to call, such as {@code sip:alice@example.com}
	 * @return a new builder
	 */
	public static Builder of(URI sipUri) {
		return new Builder().addText(sipUri, "sipUri");
	}

	/**
	 * Builder for {@link Sip}.
	 */
	public static final class Builder extends MachineDetectionBuilder<Builder, Sip> {

		private Builder() {
			super(TAG);
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

		/**
		 * Add a {@code <Uri>} to try.
		 * @param sipUri the SIP URI
		 * @return this builder
		 */
		public Builder uri(String sipUri) {
			return addElement(SipUri.TAG, sipUri);
		}

		/**
		 * Add a {@code <Uri>} to try.
		 * @param sipUri the SIP URI
		 * @return this builder
		 */
		public Builder uri(URI sipUri) {
			return uri(SipUri.of(sipUri));
		}

		/**
		 * Add an {@code <Uri>}.
		 * @param uri the element
		 * @return this builder
		 */
		public Builder uri(SipUri uri) {
			return add(uri);
		}

		/**
		 * Add an {@code <Uri>}.
		 * @param uri the builder of the element, built by this call
		 * @return this builder
		 */
		public Builder uri(SipUri.Builder uri) {
			return add(uri);
		}

		/**
		 * Add a {@code <Headers>}.
		 * @param headers the element
		 * @return this builder
		 */
		public Builder headers(Headers headers) {
			return add(headers);
		}

		/**
		 * Add a {@code <Headers>}.
		 * @param headers the builder of the element, built by this call
		 * @return this builder
		 */
		public Builder headers(Headers.Builder headers) {
			return add(headers);
		}

		@Override
		public Sip build() {
			return new Sip(compile());
		}

	}

}
