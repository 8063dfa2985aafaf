package dev.twiliospring.twiml;

import java.net.URI;

import org.jspecify.annotations.Nullable;

/**
 * The {@code <Transcription>} noun: transcribes the call in real time, inside
 * {@code <Start>}; inside {@code <Stop>}, name the transcription to stop.
 *
 * @since 1.0.0
 */
public final class Transcription extends TwimlElement {

	static final Tag TAG = new Tag("Transcription");

	private Transcription(byte[] xml) {
		super(xml);
	}

	/**
	 * Start building a {@code <Transcription>}.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Builder for {@link Transcription}.
	 */
	public static final class Builder extends ConfigurableBuilder<Builder, Transcription> {

		private Builder() {
			super(TAG);
		}

		/**
		 * Set {@code name}: the name of the transcription, used to stop it.
		 * @param name the name of the transcription, used to stop it
		 * @return this builder
		 */
		public Builder name(@Nullable String name) {
			return set(Attr.NAME, name);
		}

		/**
		 * Set {@code track}: which audio is transcribed.
		 * @param track which audio is transcribed
		 * @return this builder
		 */
		public Builder track(@Nullable Track track) {
			return set(Attr.TRACK, track);
		}

		/**
		 * Set {@code statusCallbackUrl}: the URL that Twilio sends transcription events
		 * to.
		 * @param statusCallbackUrl the URL that Twilio sends transcription events to
		 * @return this builder
		 */
		public Builder statusCallbackUrl(@Nullable String statusCallbackUrl) {
			return set(Attr.STATUS_CALLBACK_URL, statusCallbackUrl);
		}

		/**
		 * Set {@code statusCallbackUrl}: the URL that Twilio sends transcription events
		 * to.
		 * @param statusCallbackUrl the URL that Twilio sends transcription events to
		 * @return this builder
		 */
		public Builder statusCallbackUrl(@Nullable URI statusCallbackUrl) {
			return set(Attr.STATUS_CALLBACK_URL, statusCallbackUrl);
		}

		/**
		 * Set {@code statusCallbackMethod}: the HTTP method for the
		 * {@code statusCallback} URL.
		 * @param statusCallbackMethod the HTTP method for the {@code statusCallback} URL
		 * @return this builder
		 */
		public Builder statusCallbackMethod(@Nullable Method statusCallbackMethod) {
			return set(Attr.STATUS_CALLBACK_METHOD, statusCallbackMethod);
		}

		/**
		 * Set {@code inboundTrackLabel}: the label of the caller's audio in the
		 * transcript.
		 * @param inboundTrackLabel the label of the caller's audio in the transcript
		 * @return this builder
		 */
		public Builder inboundTrackLabel(@Nullable String inboundTrackLabel) {
			return set(Attr.INBOUND_TRACK_LABEL, inboundTrackLabel);
		}

		/**
		 * Set {@code outboundTrackLabel}: the label of the audio sent to the caller in
		 * the transcript.
		 * @param outboundTrackLabel the label of the audio sent to the caller in the
		 * transcript
		 * @return this builder
		 */
		public Builder outboundTrackLabel(@Nullable String outboundTrackLabel) {
			return set(Attr.OUTBOUND_TRACK_LABEL, outboundTrackLabel);
		}

		/**
		 * Set {@code partialResults}: whether interim results are sent as well as final
		 * ones.
		 * @param partialResults whether interim results are sent as well as final ones
		 * @return this builder
		 */
		public Builder partialResults(boolean partialResults) {
			return set(Attr.PARTIAL_RESULTS, partialResults);
		}

		/**
		 * Set {@code languageCode}: the language of the speech, such as {@code en-US}.
		 * @param languageCode the language of the speech, such as {@code en-US}
		 * @return this builder
		 */
		public Builder languageCode(@Nullable String languageCode) {
			return set(Attr.LANGUAGE_CODE, languageCode);
		}

		/**
		 * Set {@code transcriptionEngine}: the transcription engine, such as
		 * {@code google} or {@code deepgram}.
		 * @param transcriptionEngine the transcription engine, such as {@code google} or
		 * {@code deepgram}
		 * @return this builder
		 */
		public Builder transcriptionEngine(@Nullable String transcriptionEngine) {
			return set(Attr.TRANSCRIPTION_ENGINE, transcriptionEngine);
		}

		/**
		 * Set {@code profanityFilter}: whether profanity is masked in the transcript.
		 * @param profanityFilter whether profanity is masked in the transcript
		 * @return this builder
		 */
		public Builder profanityFilter(boolean profanityFilter) {
			return set(Attr.PROFANITY_FILTER, profanityFilter);
		}

		/**
		 * Set {@code speechModel}: the speech recognition model of the engine.
		 * @param speechModel the speech recognition model of the engine
		 * @return this builder
		 */
		public Builder speechModel(@Nullable String speechModel) {
			return set(Attr.SPEECH_MODEL, speechModel);
		}

		/**
		 * Set {@code hints}: comma-separated words and phrases that speech recognition
		 * should expect.
		 * @param hints comma-separated words and phrases that speech recognition should
		 * expect
		 * @return this builder
		 */
		public Builder hints(@Nullable String hints) {
			return set(Attr.HINTS, hints);
		}

		/**
		 * Set {@code enableAutomaticPunctuation}: whether punctuation is added to the
		 * transcript.
		 * @param enableAutomaticPunctuation whether punctuation is added to the
		 * transcript
		 * @return this builder
		 */
		public Builder enableAutomaticPunctuation(boolean enableAutomaticPunctuation) {
			return set(Attr.ENABLE_AUTOMATIC_PUNCTUATION, enableAutomaticPunctuation);
		}

		/**
		 * Set {@code intelligenceService}: the SID or unique name of the Conversational
		 * Intelligence service that receives the transcript.
		 * @param intelligenceService the SID or unique name of the Conversational
		 * Intelligence service that receives the transcript
		 * @return this builder
		 */
		public Builder intelligenceService(@Nullable String intelligenceService) {
			return set(Attr.INTELLIGENCE_SERVICE, intelligenceService);
		}

		@Override
		public Transcription build() {
			return new Transcription(compile());
		}

	}

}
