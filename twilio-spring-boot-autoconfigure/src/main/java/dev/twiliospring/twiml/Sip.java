package dev.twiliospring.twiml;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

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
		Objects.requireNonNull(sipUri, "'sipUri' must not be null");
		return new Builder().text(sipUri.toString());
	}

	/**
	 * Builder for {@link Sip}.
	 */
	public static final class Builder extends TwimlTextBuilder<Builder, Sip> {

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
