package dev.twiliospring.twiml;

import java.net.URI;

import org.jspecify.annotations.Nullable;

/**
 * Base for the builders of elements that record the call and report on the recording:
 * {@code <Conference>}, {@code <Conversation>}, {@code <Dial>}, {@code <Record>} and
 * {@code <Recording>}.
 *
 * @param <B> the type of the builder
 * @param <T> the type that the builder builds
 * @since 1.0.0
 */
public abstract class RecordingCallbackBuilder<B extends RecordingCallbackBuilder<B, T>, T> extends TwimlBuilder<B, T> {

	RecordingCallbackBuilder(Tag tag) {
		super(tag);
	}

	/**
	 * Set {@code trim}: whether silence is trimmed from the start and end of the
	 * recording.
	 * @param trim whether silence is trimmed from the start and end of the recording
	 * @return this builder
	 */
	public B trim(@Nullable Trim trim) {
		return set(Attr.TRIM, trim);
	}

	/**
	 * Set {@code recordingStatusCallback}: the URL that Twilio notifies when the
	 * status of the recording changes.
	 * @param recordingStatusCallback the URL that Twilio notifies when the status of
	 * the recording changes
	 * @return this builder
	 */
	public B recordingStatusCallback(@Nullable String recordingStatusCallback) {
		return set(Attr.RECORDING_STATUS_CALLBACK, recordingStatusCallback);
	}

	/**
	 * Set {@code recordingStatusCallback}: the URL that Twilio notifies when the
	 * status of the recording changes.
	 * @param recordingStatusCallback the URL that Twilio notifies when the status of
	 * the recording changes
	 * @return this builder
	 */
	public B recordingStatusCallback(@Nullable URI recordingStatusCallback) {
		return set(Attr.RECORDING_STATUS_CALLBACK, recordingStatusCallback);
	}

	/**
	 * Set {@code recordingStatusCallbackMethod}: the HTTP method for the
	 * {@code recordingStatusCallback} URL.
	 * @param recordingStatusCallbackMethod the HTTP method for the
	 * {@code recordingStatusCallback} URL
	 * @return this builder
	 */
	public B recordingStatusCallbackMethod(@Nullable Method recordingStatusCallbackMethod) {
		return set(Attr.RECORDING_STATUS_CALLBACK_METHOD, recordingStatusCallbackMethod);
	}

	/**
	 * Set {@code recordingStatusCallbackEvent}: the recording events that Twilio
	 * reports to the {@code recordingStatusCallback} URL.
	 * @param recordingStatusCallbackEvent the recording events that Twilio reports to
	 * the {@code recordingStatusCallback} URL
	 * @return this builder
	 */
	public B recordingStatusCallbackEvent(RecordingEvent @Nullable ... recordingStatusCallbackEvent) {
		return setAll(Attr.RECORDING_STATUS_CALLBACK_EVENT, recordingStatusCallbackEvent);
	}

}
