package dev.twiliospring.twiml;

import java.net.URI;

import org.jspecify.annotations.Nullable;

/**
 * The {@code <Play>} verb: plays an audio file, or DTMF tones, to the caller.
 *
 * @since 1.0.0
 */
public final class Play extends TwimlElement {

	static final Tag TAG = new Tag("Play");

	private Play(byte[] xml) {
		super(xml);
	}

	/**
	 * Start building a {@code <Play>}.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Start building a {@code <Play>} for the given URL.
	 * @param url the URL of the audio file
	 * @return a new builder
	 */
	public static Builder of(String url) {
		return new Builder().text(url);
	}

	/**
	 * Start building a {@code <Play>} for the given URL.
	 * @param url the URL of the audio file
	 * @return a new builder
	 */
	public static Builder of(URI url) {
		return new Builder().addText(url, "url");
	}

	/**
	 * Builder for {@link Play}.
	 */
	public static final class Builder extends TwimlTextBuilder<Builder, Play> {

		private Builder() {
			super(TAG);
		}

		/**
		 * Set {@code loop}: how many times the audio plays; {@code 0} repeats until the
		 * call ends.
		 * @param loop how many times the audio plays
		 * @return this builder
		 */
		public Builder loop(int loop) {
			return set(Attr.LOOP, loop);
		}

		/**
		 * Set {@code digits}: the DTMF tones to play instead of a file, where {@code w}
		 * waits half a second.
		 * @param digits the DTMF tones to play instead of a file, where {@code w} waits
		 * half a second
		 * @return this builder
		 */
		public Builder digits(@Nullable String digits) {
			return set(Attr.DIGITS, digits);
		}

		@Override
		public Play build() {
			return new Play(compile());
		}

	}

}
