package dev.twiliospring.twiml;

import org.jspecify.annotations.Nullable;

/**
 * The Amazon Polly {@code <amazon:domain>} element: a speaking style, such as
 * {@code news} or {@code conversational}. For {@code Polly.*} voices only.
 * <p>
 * Twilio writes this element with the {@code amazon:} prefix and no namespace
 * declaration, and so does this builder. A document that holds it is well-formed XML
 * but not namespace-well-formed: parse it without namespace awareness (the default of
 * {@code DocumentBuilderFactory}) when inspecting it, for example in tests.
 *
 * @since 1.0.0
 */
public final class SsmlAmazonDomain extends TwimlElement {

	static final Tag TAG = new Tag("amazon:domain");

	private SsmlAmazonDomain(byte[] xml) {
		super(xml);
	}

	/**
	 * Start building an {@code <amazon:domain>}.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Start building an {@code <amazon:domain>} that speaks the given text. More text and
	 * SSML elements can follow.
	 * @param text the text to speak
	 * @return a new builder
	 */
	public static Builder text(String text) {
		return new Builder().text(text);
	}

	/**
	 * Builder for {@link SsmlAmazonDomain}.
	 */
	public static final class Builder extends SsmlContainerBuilder<Builder, SsmlAmazonDomain> {

		private Builder() {
			super(TAG);
		}

		/**
		 * Set {@code name}: the speaking style: {@code news}, {@code conversational},
		 * {@code long-form} or {@code music}.
		 * @param name the speaking style
		 * @return this builder
		 */
		public Builder name(@Nullable String name) {
			return set(Attr.NAME, name);
		}

		@Override
		public SsmlAmazonDomain build() {
			return new SsmlAmazonDomain(compile());
		}

	}

}
