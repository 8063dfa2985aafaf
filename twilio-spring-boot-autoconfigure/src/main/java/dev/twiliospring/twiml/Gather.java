package dev.twiliospring.twiml;

import java.net.URI;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * The {@code <Gather>} verb: collects key presses or speech from the caller, prompting
 * with the nested {@code <Say>}, {@code <Play>} and {@code <Pause>}.
 *
 * @since 1.0.0
 */
public final class Gather extends TwimlElement {

	static final Tag TAG = new Tag("Gather");

	private Gather(byte[] xml) {
		super(xml);
	}

	/**
	 * Start building a {@code <Gather>}.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Kind of caller input that {@code <Gather>} accepts.
	 */
	public enum Input implements WireValue {

		/**
		 * Key presses.
		 */
		DTMF("dtmf"),

		/**
		 * Speech, transcribed by Twilio.
		 */
		SPEECH("speech");

		private final String value;

		Input(String value) {
			this.value = value;
		}

		/**
		 * Return the value exactly as it is written in TwiML.
		 * @return the TwiML value
		 */
		@Override
		public String value() {
			return this.value;
		}

	}

	/**
	 * Builder for {@link Gather}.
	 */
	public static final class Builder extends AudioContentBuilder<Builder, Gather> {

		private Builder() {
			super(TAG);
		}

		/**
		 * Set {@code input}: the kinds of input to accept; Twilio accepts key presses
		 * when none are set.
		 * @param input the kinds of input to accept
		 * @return this builder
		 */
		public Builder input(Input @Nullable ... input) {
			return setAll(Attr.INPUT, input);
		}

		/**
		 * Set {@code action}: the URL that Twilio requests with the caller's input.
		 * @param action the URL that Twilio requests with the caller's input
		 * @return this builder
		 */
		public Builder action(@Nullable String action) {
			return set(Attr.ACTION, action);
		}

		/**
		 * Set {@code action}: the URL that Twilio requests with the caller's input.
		 * @param action the URL that Twilio requests with the caller's input
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
		 * Set {@code timeout}: how long to wait for the caller to start, or to press the
		 * next key.
		 * @param seconds how long to wait for the caller to start, or to press the next
		 * key, in seconds
		 * @return this builder
		 */
		public Builder timeout(int seconds) {
			return setPositive(Attr.TIMEOUT, seconds);
		}

		/**
		 * Set {@code timeout}: how long to wait for the caller to start, or to press the
		 * next key.
		 * @param timeout how long to wait for the caller to start, or to press the next
		 * key, in whole seconds
		 * @return this builder
		 */
		public Builder timeout(@Nullable Duration timeout) {
			return setPositiveSeconds(Attr.TIMEOUT, timeout);
		}

		/**
		 * Set {@code speechTimeout}: how long to wait after the caller stops speaking, in
		 * seconds, or {@code auto} to let Twilio decide.
		 * @param speechTimeout how long to wait after the caller stops speaking, in
		 * seconds, or {@code auto} to let Twilio decide
		 * @return this builder
		 */
		public Builder speechTimeout(@Nullable String speechTimeout) {
			return set(Attr.SPEECH_TIMEOUT, speechTimeout);
		}

		/**
		 * Set {@code speechTimeout}: how long to wait after the caller stops speaking, in
		 * seconds, or {@code auto} to let Twilio decide.
		 * @param speechTimeout how long to wait, in whole seconds; Twilio takes a positive
		 * number only
		 * @return this builder
		 * @throws TwimlException if the timeout is zero, negative or not whole seconds
		 */
		public Builder speechTimeout(@Nullable Duration speechTimeout) {
			return setPositiveSeconds(Attr.SPEECH_TIMEOUT, speechTimeout);
		}

		/**
		 * Set {@code maxSpeechTime}: the longest speech input to accept.
		 * @param seconds the longest speech input to accept, in seconds
		 * @return this builder
		 */
		public Builder maxSpeechTime(int seconds) {
			return set(Attr.MAX_SPEECH_TIME, seconds);
		}

		/**
		 * Set {@code maxSpeechTime}: the longest speech input to accept.
		 * @param maxSpeechTime the longest speech input to accept, in whole seconds
		 * @return this builder
		 */
		public Builder maxSpeechTime(@Nullable Duration maxSpeechTime) {
			return setSeconds(Attr.MAX_SPEECH_TIME, maxSpeechTime);
		}

		/**
		 * Set {@code profanityFilter}: whether profanity is masked in the speech result.
		 * @param profanityFilter whether profanity is masked in the speech result
		 * @return this builder
		 */
		public Builder profanityFilter(boolean profanityFilter) {
			return set(Attr.PROFANITY_FILTER, profanityFilter);
		}

		/**
		 * Set {@code finishOnKey}: the key that ends input; an empty string disables it.
		 * @param finishOnKey the key that ends input
		 * @return this builder
		 */
		public Builder finishOnKey(@Nullable String finishOnKey) {
			return set(Attr.FINISH_ON_KEY, finishOnKey);
		}

		/**
		 * Set {@code numDigits}: the number of key presses after which input ends.
		 * @param numDigits the number of key presses after which input ends
		 * @return this builder
		 */
		public Builder numDigits(int numDigits) {
			return setPositive(Attr.NUM_DIGITS, numDigits);
		}

		/**
		 * Set {@code partialResultCallback}: the URL that Twilio sends interim speech
		 * results to.
		 * @param partialResultCallback the URL that Twilio sends interim speech results
		 * to
		 * @return this builder
		 */
		public Builder partialResultCallback(@Nullable String partialResultCallback) {
			return set(Attr.PARTIAL_RESULT_CALLBACK, partialResultCallback);
		}

		/**
		 * Set {@code partialResultCallback}: the URL that Twilio sends interim speech
		 * results to.
		 * @param partialResultCallback the URL that Twilio sends interim speech results
		 * to
		 * @return this builder
		 */
		public Builder partialResultCallback(@Nullable URI partialResultCallback) {
			return set(Attr.PARTIAL_RESULT_CALLBACK, partialResultCallback);
		}

		/**
		 * Set {@code partialResultCallbackMethod}: the HTTP method for the
		 * {@code partialResultCallback} URL.
		 * @param partialResultCallbackMethod the HTTP method for the
		 * {@code partialResultCallback} URL
		 * @return this builder
		 */
		public Builder partialResultCallbackMethod(@Nullable Method partialResultCallbackMethod) {
			return set(Attr.PARTIAL_RESULT_CALLBACK_METHOD, partialResultCallbackMethod);
		}

		/**
		 * Set {@code language}: the language of the expected speech, such as
		 * {@code en-US}.
		 * @param language the language of the expected speech, such as {@code en-US}
		 * @return this builder
		 */
		public Builder language(@Nullable String language) {
			return set(Attr.LANGUAGE, language);
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
		 * Set {@code bargeIn}: whether caller input stops the nested prompts.
		 * @param bargeIn whether caller input stops the nested prompts
		 * @return this builder
		 */
		public Builder bargeIn(boolean bargeIn) {
			return set(Attr.BARGE_IN, bargeIn);
		}

		/**
		 * Set {@code debug}: whether Twilio adds debugging information to the request.
		 * @param debug whether Twilio adds debugging information to the request
		 * @return this builder
		 */
		public Builder debug(boolean debug) {
			return set(Attr.DEBUG, debug);
		}

		/**
		 * Set {@code actionOnEmptyResult}: whether Twilio requests the {@code action} URL
		 * even when there is no input.
		 * @param actionOnEmptyResult whether Twilio requests the {@code action} URL even
		 * when there is no input
		 * @return this builder
		 */
		public Builder actionOnEmptyResult(boolean actionOnEmptyResult) {
			return set(Attr.ACTION_ON_EMPTY_RESULT, actionOnEmptyResult);
		}

		/**
		 * Set {@code speechModel}: the speech recognition model, such as
		 * {@code phone_call}, {@code numbers_and_commands} or
		 * {@code experimental_conversations}.
		 * @param speechModel the speech recognition model, such as {@code phone_call},
		 * {@code numbers_and_commands} or {@code experimental_conversations}
		 * @return this builder
		 */
		public Builder speechModel(@Nullable String speechModel) {
			return set(Attr.SPEECH_MODEL, speechModel);
		}

		/**
		 * Set {@code enhanced}: whether the premium speech model is used.
		 * @param enhanced whether the premium speech model is used
		 * @return this builder
		 */
		public Builder enhanced(boolean enhanced) {
			return set(Attr.ENHANCED, enhanced);
		}

		@Override
		public Gather build() {
			return new Gather(compile());
		}

	}

}
