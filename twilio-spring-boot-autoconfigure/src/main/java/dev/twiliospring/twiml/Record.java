package dev.twiliospring.twiml;

import java.net.URI;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * The {@code <Record>} verb: records what the caller says.
 * <p>
 * Import this class by name: next to a wildcard import of this package, the simple name
 * clashes with {@code java.lang.Record}.
 *
 * @since 1.0.0
 */
public final class Record extends TwimlElement {

	static final Tag TAG = new Tag("Record");

	private Record(byte[] xml) {
		super(xml);
	}

	/**
	 * Start building a {@code <Record>}.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Builder for {@link Record}.
	 */
	public static final class Builder extends RecordingCallbackBuilder<Builder, Record> {

		private Builder() {
			super(TAG);
		}

		/**
		 * Set {@code action}: the URL that Twilio requests with the recording when
		 * recording ends.
		 * @param action the URL that Twilio requests with the recording when recording
		 * ends
		 * @return this builder
		 */
		public Builder action(@Nullable String action) {
			return set(Attr.ACTION, action);
		}

		/**
		 * Set {@code action}: the URL that Twilio requests with the recording when
		 * recording ends.
		 * @param action the URL that Twilio requests with the recording when recording
		 * ends
		 * @return this builder
		 */
		public Builder action(@Nullable URI action) {
			return set(Attr.ACTION, action);
		}

		/**
		 * Set {@code method}: the HTTP method for the {@code action} URL.
		 * @param method the HTTP method for the {@code action} URL
		 * @return this builder
		 */
		public Builder method(@Nullable Method method) {
			return set(Attr.METHOD, method);
		}

		/**
		 * Set {@code timeout}: how long the caller may stay silent before recording ends;
		 * {@code 0} never ends it for silence.
		 * @param seconds how long the caller may stay silent before recording ends, in
		 * seconds
		 * @return this builder
		 */
		public Builder timeout(int seconds) {
			return set(Attr.TIMEOUT, seconds);
		}

		/**
		 * Set {@code timeout}: how long the caller may stay silent before recording ends;
		 * {@code 0} never ends it for silence.
		 * @param timeout how long the caller may stay silent before recording ends, in
		 * whole seconds
		 * @return this builder
		 */
		public Builder timeout(@Nullable Duration timeout) {
			return setSeconds(Attr.TIMEOUT, timeout);
		}

		/**
		 * Set {@code finishOnKey}: the keys that end the recording; an empty string
		 * disables them.
		 * @param finishOnKey the keys that end the recording
		 * @return this builder
		 */
		public Builder finishOnKey(@Nullable String finishOnKey) {
			return set(Attr.FINISH_ON_KEY, finishOnKey);
		}

		/**
		 * Set {@code maxLength}: the longest recording to make.
		 * @param seconds the longest recording to make, in seconds
		 * @return this builder
		 */
		public Builder maxLength(int seconds) {
			return setPositive(Attr.MAX_LENGTH, seconds);
		}

		/**
		 * Set {@code maxLength}: the longest recording to make.
		 * @param maxLength the longest recording to make, in whole seconds
		 * @return this builder
		 */
		public Builder maxLength(@Nullable Duration maxLength) {
			return setPositiveSeconds(Attr.MAX_LENGTH, maxLength);
		}

		/**
		 * Set {@code playBeep}: whether a beep plays before recording starts.
		 * @param playBeep whether a beep plays before recording starts
		 * @return this builder
		 */
		public Builder playBeep(boolean playBeep) {
			return set(Attr.PLAY_BEEP, playBeep);
		}

		/**
		 * Set {@code transcribe}: whether the recording is transcribed.
		 * @param transcribe whether the recording is transcribed
		 * @return this builder
		 */
		public Builder transcribe(boolean transcribe) {
			return set(Attr.TRANSCRIBE, transcribe);
		}

		/**
		 * Set {@code transcribeCallback}: the URL that Twilio sends the transcription to.
		 * @param transcribeCallback the URL that Twilio sends the transcription to
		 * @return this builder
		 */
		public Builder transcribeCallback(@Nullable String transcribeCallback) {
			return set(Attr.TRANSCRIBE_CALLBACK, transcribeCallback);
		}

		/**
		 * Set {@code transcribeCallback}: the URL that Twilio sends the transcription to.
		 * @param transcribeCallback the URL that Twilio sends the transcription to
		 * @return this builder
		 */
		public Builder transcribeCallback(@Nullable URI transcribeCallback) {
			return set(Attr.TRANSCRIBE_CALLBACK, transcribeCallback);
		}

		@Override
		public Record build() {
			return new Record(compile());
		}

	}

}
