package dev.twiliospring.twiml;

import java.net.URI;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * The {@code <Number>} noun of {@code <Dial>}: a phone number to call.
 * <p>
 * Import this class by name: next to a wildcard import of this package, the simple name
 * clashes with {@code java.lang.Number}.
 *
 * @since 1.0.0
 */
public final class Number extends TwimlElement {

	static final Tag TAG = new Tag("Number");

	private Number(byte[] xml) {
		super(xml);
	}

	/**
	 * Start building a {@code <Number>} for the given value.
	 * @param phoneNumber the phone number to call, in E.164 format
	 * @return a new builder
	 */
	public static Builder of(String phoneNumber) {
		return new Builder().text(phoneNumber);
	}

	/**
	 * Builder for {@link Number}.
	 */
	public static final class Builder extends TwimlTextBuilder<Builder, Number> {

		private Builder() {
			super(TAG);
		}

		/**
		 * Set {@code sendDigits}: the DTMF tones to play once the call is answered, where
		 * {@code w} waits half a second.
		 * @param sendDigits the DTMF tones to play once the call is answered, where
		 * {@code w} waits half a second
		 * @return this builder
		 */
		public Builder sendDigits(@Nullable String sendDigits) {
			return set(Attr.SEND_DIGITS, sendDigits);
		}

		/**
		 * Set {@code url}: the URL of TwiML that runs for the called party after they
		 * answer and before they are connected.
		 * @param url the URL of TwiML that runs for the called party after they answer
		 * and before they are connected
		 * @return this builder
		 */
		public Builder url(@Nullable String url) {
			return set(Attr.URL, url);
		}

		/**
		 * Set {@code url}: the URL of TwiML that runs for the called party after they
		 * answer and before they are connected.
		 * @param url the URL of TwiML that runs for the called party after they answer
		 * and before they are connected
		 * @return this builder
		 */
		public Builder url(@Nullable URI url) {
			return set(Attr.URL, url);
		}

		/**
		 * Set {@code method}: the HTTP method for the {@code url}.
		 * @param method the HTTP method for the {@code url}
		 * @return this builder
		 */
		public Builder method(@Nullable Method method) {
			return set(Attr.METHOD, method);
		}

		/**
		 * Set {@code statusCallbackEvent}: the call progress events that Twilio reports
		 * to the {@code statusCallback} URL; Twilio reports {@code completed} when none
		 * are set.
		 * @param statusCallbackEvent the call progress events that Twilio reports to the
		 * {@code statusCallback} URL
		 * @return this builder
		 */
		public Builder statusCallbackEvent(CallEvent... statusCallbackEvent) {
			return setAll(Attr.STATUS_CALLBACK_EVENT, statusCallbackEvent);
		}

		/**
		 * Set {@code statusCallback}: the URL that Twilio notifies as the call to this
		 * party progresses.
		 * @param statusCallback the URL that Twilio notifies as the call to this party
		 * progresses
		 * @return this builder
		 */
		public Builder statusCallback(@Nullable String statusCallback) {
			return set(Attr.STATUS_CALLBACK, statusCallback);
		}

		/**
		 * Set {@code statusCallback}: the URL that Twilio notifies as the call to this
		 * party progresses.
		 * @param statusCallback the URL that Twilio notifies as the call to this party
		 * progresses
		 * @return this builder
		 */
		public Builder statusCallback(@Nullable URI statusCallback) {
			return set(Attr.STATUS_CALLBACK, statusCallback);
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
		 * Set {@code byoc}: the SID of the BYOC trunk to place the call through.
		 * @param byoc the SID of the BYOC trunk to place the call through
		 * @return this builder
		 */
		public Builder byoc(@Nullable String byoc) {
			return set(Attr.BYOC, byoc);
		}

		/**
		 * Set {@code machineDetection}: the answering machine detection mode:
		 * {@code Enable} to detect a machine, or {@code DetectMessageEnd} to wait for the
		 * end of its greeting.
		 * @param machineDetection the answering machine detection mode
		 * @return this builder
		 */
		public Builder machineDetection(@Nullable String machineDetection) {
			return set(Attr.MACHINE_DETECTION, machineDetection);
		}

		/**
		 * Set {@code amdStatusCallback}: the URL that Twilio notifies of the answering
		 * machine detection result.
		 * @param amdStatusCallback the URL that Twilio notifies of the answering machine
		 * detection result
		 * @return this builder
		 */
		public Builder amdStatusCallback(@Nullable String amdStatusCallback) {
			return set(Attr.AMD_STATUS_CALLBACK, amdStatusCallback);
		}

		/**
		 * Set {@code amdStatusCallback}: the URL that Twilio notifies of the answering
		 * machine detection result.
		 * @param amdStatusCallback the URL that Twilio notifies of the answering machine
		 * detection result
		 * @return this builder
		 */
		public Builder amdStatusCallback(@Nullable URI amdStatusCallback) {
			return set(Attr.AMD_STATUS_CALLBACK, amdStatusCallback);
		}

		/**
		 * Set {@code amdStatusCallbackMethod}: the HTTP method for the
		 * {@code amdStatusCallback} URL.
		 * @param amdStatusCallbackMethod the HTTP method for the
		 * {@code amdStatusCallback} URL
		 * @return this builder
		 */
		public Builder amdStatusCallbackMethod(@Nullable Method amdStatusCallbackMethod) {
			return set(Attr.AMD_STATUS_CALLBACK_METHOD, amdStatusCallbackMethod);
		}

		/**
		 * Set {@code machineDetectionTimeout}: how long answering machine detection may
		 * take before giving up.
		 * @param seconds how long answering machine detection may take before giving up,
		 * in seconds
		 * @return this builder
		 */
		public Builder machineDetectionTimeout(int seconds) {
			return set(Attr.MACHINE_DETECTION_TIMEOUT, seconds);
		}

		/**
		 * Set {@code machineDetectionTimeout}: how long answering machine detection may
		 * take before giving up.
		 * @param machineDetectionTimeout how long answering machine detection may take
		 * before giving up, in whole seconds
		 * @return this builder
		 */
		public Builder machineDetectionTimeout(@Nullable Duration machineDetectionTimeout) {
			return setSeconds(Attr.MACHINE_DETECTION_TIMEOUT, machineDetectionTimeout);
		}

		/**
		 * Set {@code machineDetectionSpeechThreshold}: how long speech must last to be
		 * classed as a machine greeting.
		 * @param millis how long speech must last to be classed as a machine greeting, in
		 * milliseconds
		 * @return this builder
		 */
		public Builder machineDetectionSpeechThreshold(int millis) {
			return set(Attr.MACHINE_DETECTION_SPEECH_THRESHOLD, millis);
		}

		/**
		 * Set {@code machineDetectionSpeechThreshold}: how long speech must last to be
		 * classed as a machine greeting.
		 * @param machineDetectionSpeechThreshold how long speech must last to be classed
		 * as a machine greeting, in whole milliseconds
		 * @return this builder
		 */
		public Builder machineDetectionSpeechThreshold(@Nullable Duration machineDetectionSpeechThreshold) {
			return setMillis(Attr.MACHINE_DETECTION_SPEECH_THRESHOLD, machineDetectionSpeechThreshold);
		}

		/**
		 * Set {@code machineDetectionSpeechEndThreshold}: how long the silence after
		 * speech must last to count as the end of it.
		 * @param millis how long the silence after speech must last to count as the end
		 * of it, in milliseconds
		 * @return this builder
		 */
		public Builder machineDetectionSpeechEndThreshold(int millis) {
			return set(Attr.MACHINE_DETECTION_SPEECH_END_THRESHOLD, millis);
		}

		/**
		 * Set {@code machineDetectionSpeechEndThreshold}: how long the silence after
		 * speech must last to count as the end of it.
		 * @param machineDetectionSpeechEndThreshold how long the silence after speech
		 * must last to count as the end of it, in whole milliseconds
		 * @return this builder
		 */
		public Builder machineDetectionSpeechEndThreshold(@Nullable Duration machineDetectionSpeechEndThreshold) {
			return setMillis(Attr.MACHINE_DETECTION_SPEECH_END_THRESHOLD, machineDetectionSpeechEndThreshold);
		}

		/**
		 * Set {@code machineDetectionSilenceTimeout}: how long initial silence may last
		 * before the result is {@code unknown}.
		 * @param millis how long initial silence may last before the result is
		 * {@code unknown}, in milliseconds
		 * @return this builder
		 */
		public Builder machineDetectionSilenceTimeout(int millis) {
			return set(Attr.MACHINE_DETECTION_SILENCE_TIMEOUT, millis);
		}

		/**
		 * Set {@code machineDetectionSilenceTimeout}: how long initial silence may last
		 * before the result is {@code unknown}.
		 * @param machineDetectionSilenceTimeout how long initial silence may last before
		 * the result is {@code unknown}, in whole milliseconds
		 * @return this builder
		 */
		public Builder machineDetectionSilenceTimeout(@Nullable Duration machineDetectionSilenceTimeout) {
			return setMillis(Attr.MACHINE_DETECTION_SILENCE_TIMEOUT, machineDetectionSilenceTimeout);
		}

		@Override
		public Number build() {
			return new Number(compile());
		}

	}

}
