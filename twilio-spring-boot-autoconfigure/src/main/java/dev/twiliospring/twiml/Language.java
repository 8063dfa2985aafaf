package dev.twiliospring.twiml;

import org.jspecify.annotations.Nullable;

/**
 * The {@code <Language>} noun: speech settings for one language of a
 * {@code <ConversationRelay>} or {@code <Assistant>}.
 *
 * @since 1.0.0
 */
public final class Language extends TwimlElement {

	static final Tag TAG = new Tag("Language");

	private Language(byte[] xml) {
		super(xml);
	}

	/**
	 * Start building a {@code <Language>}.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Builder for {@link Language}.
	 */
	public static final class Builder extends TwimlBuilder<Builder, Language> {

		private Builder() {
			super(TAG);
		}

		/**
		 * Set {@code code}: the language code that these settings are for, such as
		 * {@code es-ES}.
		 * @param code the language code that these settings are for, such as
		 * {@code es-ES}
		 * @return this builder
		 */
		public Builder code(@Nullable String code) {
			return set(Attr.CODE, code);
		}

		/**
		 * Set {@code ttsProvider}: the text-to-speech provider for this language.
		 * @param ttsProvider the text-to-speech provider for this language
		 * @return this builder
		 */
		public Builder ttsProvider(@Nullable String ttsProvider) {
			return set(Attr.TTS_PROVIDER, ttsProvider);
		}

		/**
		 * Set {@code voice}: the text-to-speech voice for this language.
		 * @param voice the text-to-speech voice for this language
		 * @return this builder
		 */
		public Builder voice(@Nullable String voice) {
			return set(Attr.VOICE, voice);
		}

		/**
		 * Set {@code transcriptionProvider}: the speech recognition provider for this
		 * language.
		 * @param transcriptionProvider the speech recognition provider for this language
		 * @return this builder
		 */
		public Builder transcriptionProvider(@Nullable String transcriptionProvider) {
			return set(Attr.TRANSCRIPTION_PROVIDER, transcriptionProvider);
		}

		/**
		 * Set {@code speechModel}: the speech recognition model for this language.
		 * @param speechModel the speech recognition model for this language
		 * @return this builder
		 */
		public Builder speechModel(@Nullable String speechModel) {
			return set(Attr.SPEECH_MODEL, speechModel);
		}

		@Override
		public Language build() {
			return new Language(compile());
		}

	}

}
