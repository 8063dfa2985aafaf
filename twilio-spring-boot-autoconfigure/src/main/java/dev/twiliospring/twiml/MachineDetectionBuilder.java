package dev.twiliospring.twiml;

import java.net.URI;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * Base for the builders of the {@code <Dial>} nouns that call a line where a machine may
 * answer, and so add answering machine detection: {@code <Number>} and {@code <Sip>}.
 *
 * @param <B> the type of the builder
 * @param <T> the type that the builder builds
 * @since 1.0.0
 */
public abstract class MachineDetectionBuilder<B extends MachineDetectionBuilder<B, T>, T> extends DialPartyBuilder<B, T> {

	MachineDetectionBuilder(Tag tag) {
		super(tag);
	}

	/**
	 * Set {@code machineDetection}: the answering machine detection mode:
	 * {@code Enable} to detect a machine, or {@code DetectMessageEnd} to wait for the
	 * end of its greeting.
	 * @param machineDetection the answering machine detection mode
	 * @return this builder
	 */
	public B machineDetection(@Nullable String machineDetection) {
		return set(Attr.MACHINE_DETECTION, machineDetection);
	}

	/**
	 * Set {@code amdStatusCallback}: the URL that Twilio notifies of the answering
	 * machine detection result.
	 * @param amdStatusCallback the URL that Twilio notifies of the answering machine
	 * detection result
	 * @return this builder
	 */
	public B amdStatusCallback(@Nullable String amdStatusCallback) {
		return set(Attr.AMD_STATUS_CALLBACK, amdStatusCallback);
	}

	/**
	 * Set {@code amdStatusCallback}: the URL that Twilio notifies of the answering
	 * machine detection result.
	 * @param amdStatusCallback the URL that Twilio notifies of the answering machine
	 * detection result
	 * @return this builder
	 */
	public B amdStatusCallback(@Nullable URI amdStatusCallback) {
		return set(Attr.AMD_STATUS_CALLBACK, amdStatusCallback);
	}

	/**
	 * Set {@code amdStatusCallbackMethod}: the HTTP method for the
	 * {@code amdStatusCallback} URL.
	 * @param amdStatusCallbackMethod the HTTP method for the
	 * {@code amdStatusCallback} URL
	 * @return this builder
	 */
	public B amdStatusCallbackMethod(@Nullable Method amdStatusCallbackMethod) {
		return set(Attr.AMD_STATUS_CALLBACK_METHOD, amdStatusCallbackMethod);
	}

	/**
	 * Set {@code machineDetectionTimeout}: how long answering machine detection may
	 * take before giving up.
	 * @param seconds how long answering machine detection may take before giving up,
	 * in seconds
	 * @return this builder
	 */
	public B machineDetectionTimeout(int seconds) {
		return set(Attr.MACHINE_DETECTION_TIMEOUT, seconds);
	}

	/**
	 * Set {@code machineDetectionTimeout}: how long answering machine detection may
	 * take before giving up.
	 * @param machineDetectionTimeout how long answering machine detection may take
	 * before giving up, in whole seconds
	 * @return this builder
	 */
	public B machineDetectionTimeout(@Nullable Duration machineDetectionTimeout) {
		return setSeconds(Attr.MACHINE_DETECTION_TIMEOUT, machineDetectionTimeout);
	}

	/**
	 * Set {@code machineDetectionSpeechThreshold}: how long speech must last to be
	 * classed as a machine greeting.
	 * @param millis how long speech must last to be classed as a machine greeting, in
	 * milliseconds
	 * @return this builder
	 */
	public B machineDetectionSpeechThreshold(int millis) {
		return set(Attr.MACHINE_DETECTION_SPEECH_THRESHOLD, millis);
	}

	/**
	 * Set {@code machineDetectionSpeechThreshold}: how long speech must last to be
	 * classed as a machine greeting.
	 * @param machineDetectionSpeechThreshold how long speech must last to be classed
	 * as a machine greeting, in whole milliseconds
	 * @return this builder
	 */
	public B machineDetectionSpeechThreshold(@Nullable Duration machineDetectionSpeechThreshold) {
		return setMillis(Attr.MACHINE_DETECTION_SPEECH_THRESHOLD, machineDetectionSpeechThreshold);
	}

	/**
	 * Set {@code machineDetectionSpeechEndThreshold}: how long the silence after
	 * speech must last to count as the end of it.
	 * @param millis how long the silence after speech must last to count as the end
	 * of it, in milliseconds
	 * @return this builder
	 */
	public B machineDetectionSpeechEndThreshold(int millis) {
		return set(Attr.MACHINE_DETECTION_SPEECH_END_THRESHOLD, millis);
	}

	/**
	 * Set {@code machineDetectionSpeechEndThreshold}: how long the silence after
	 * speech must last to count as the end of it.
	 * @param machineDetectionSpeechEndThreshold how long the silence after speech
	 * must last to count as the end of it, in whole milliseconds
	 * @return this builder
	 */
	public B machineDetectionSpeechEndThreshold(@Nullable Duration machineDetectionSpeechEndThreshold) {
		return setMillis(Attr.MACHINE_DETECTION_SPEECH_END_THRESHOLD, machineDetectionSpeechEndThreshold);
	}

	/**
	 * Set {@code machineDetectionSilenceTimeout}: how long initial silence may last
	 * before the result is {@code unknown}.
	 * @param millis how long initial silence may last before the result is
	 * {@code unknown}, in milliseconds
	 * @return this builder
	 */
	public B machineDetectionSilenceTimeout(int millis) {
		return set(Attr.MACHINE_DETECTION_SILENCE_TIMEOUT, millis);
	}

	/**
	 * Set {@code machineDetectionSilenceTimeout}: how long initial silence may last
	 * before the result is {@code unknown}.
	 * @param machineDetectionSilenceTimeout how long initial silence may last before
	 * the result is {@code unknown}, in whole milliseconds
	 * @return this builder
	 */
	public B machineDetectionSilenceTimeout(@Nullable Duration machineDetectionSilenceTimeout) {
		return setMillis(Attr.MACHINE_DETECTION_SILENCE_TIMEOUT, machineDetectionSilenceTimeout);
	}

}
