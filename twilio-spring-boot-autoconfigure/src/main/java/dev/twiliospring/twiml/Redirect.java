package dev.twiliospring.twiml;

import java.net.URI;

import org.jspecify.annotations.Nullable;

/**
 * The {@code <Redirect>} verb: continues with the TwiML at another URL. Used in voice and
 * messaging responses alike.
 *
 * @since 1.0.0
 */
public final class Redirect extends TwimlElement {

	static final Tag TAG = new Tag("Redirect");

	private Redirect(byte[] xml) {
		super(xml);
	}

	/**
	 * Start building a {@code <Redirect>} for the given URL.
	 * @param url the URL of the TwiML to continue with
	 * @return a new builder
	 */
	public static Builder of(String url) {
		return new Builder().text(url);
	}

	/**
	 * Start building a {@code <Redirect>} for the given URL.
	 * @param url the URL of the TwiML to continue with
	 * @return a new builder
	 */
	public static Builder of(URI url) {
		return new Builder().addText(url, "url");
	}

	/**
	 * Builder for {@link Redirect}.
	 */
	public static final class Builder extends TwimlTextBuilder<Builder, Redirect> {

		private Builder() {
			super(TAG);
		}

		/**
		 * Set {@code method}: the HTTP method for the URL.
		 * @param method the HTTP method for the URL
		 * @return this builder
		 */
		public Builder method(@Nullable Method method) {
			return set(Attr.METHOD, method);
		}

		@Override
		public Redirect build() {
			return new Redirect(compile());
		}

	}

}
