package dev.twiliospring.twiml;

import org.jspecify.annotations.Nullable;

/**
 * The SSML {@code <prosody>} element: changes the volume, speaking rate or pitch of
 * speech.
 *
 * @since 1.0.0
 */
public final class SsmlProsody extends TwimlElement {

	static final Tag TAG = new Tag("prosody");

	private SsmlProsody(byte[] xml) {
		super(xml);
	}

	/**
	 * Start building a {@code <prosody>}.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Start building a {@code <prosody>} that speaks the given text. More text and SSML
	 * elements can follow.
	 * @param text the text to speak
	 * @return a new builder
	 */
	public static Builder text(String text) {
		return new Builder().text(text);
	}

	/**
	 * Builder for {@link SsmlProsody}.
	 */
	public static final class Builder extends SsmlContainerBuilder<Builder, SsmlProsody> {

		private Builder() {
			super(TAG);
		}

		/**
		 * Set {@code volume}: the volume: {@code silent}, {@code x-soft}, {@code soft},
		 * {@code medium}, {@code loud}, {@code x-loud}, or a change in decibels such as
		 * {@code +6dB}.
		 * @param volume the volume
		 * @return this builder
		 */
		public Builder volume(@Nullable String volume) {
			return set(Attr.VOLUME, volume);
		}

		/**
		 * Set {@code rate}: the speaking rate: {@code x-slow}, {@code slow},
		 * {@code medium}, {@code fast}, {@code x-fast}, or a percentage such as
		 * {@code 80%}.
		 * @param rate the speaking rate
		 * @return this builder
		 */
		public Builder rate(@Nullable String rate) {
			return set(Attr.RATE, rate);
		}

		/**
		 * Set {@code pitch}: the pitch: {@code x-low}, {@code low}, {@code medium},
		 * {@code high}, {@code x-high}, or a change such as {@code +10%}.
		 * @param pitch the pitch
		 * @return this builder
		 */
		public Builder pitch(@Nullable String pitch) {
			return set(Attr.PITCH, pitch);
		}

		@Override
		public SsmlProsody build() {
			return new SsmlProsody(compile());
		}

	}

}
