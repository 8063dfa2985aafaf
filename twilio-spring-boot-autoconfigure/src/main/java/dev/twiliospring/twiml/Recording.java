package dev.twiliospring.twiml;

import java.net.URI;

import org.jspecify.annotations.Nullable;

/**
 * The {@code <Recording>} noun of {@code <Start>}: records the call in the background.
 *
 * @since 1.0.0
 */
public final class Recording extends TwimlElement {

	static final Tag TAG = new Tag("Recording");

	private Recording(byte[] xml) {
		super(xml);
	}

	/**
	 * Start building a {@code <Recording>}.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Channels of a recording.
	 */
	public enum Channels implements WireValue {

		/**
		 * Both parties mixed into one channel.
		 */
		MONO("mono"),

		/**
		 * One channel per party.
		 */
		DUAL("dual");

		private final String value;

		Channels(String value) {
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
	 * Builder for {@link Recording}.
	 */
	public static final class Builder extends TwimlBuilder<Builder, Recording> {

		private Builder() {
			super(TAG);
		}

		/**
		 * Set {@code recordingStatusCallback}: the URL that Twilio notifies when the
		 * status of the recording changes.
		 * @param recordingStatusCallback the URL that Twilio notifies when the status of
		 * the recording changes
		 * @return this builder
		 */
		public Builder recordingStatusCallback(@Nullable String recordingStatusCallback) {
			return set(Attr.RECORDING_STATUS_CALLBACK, recordingStatusCallback);
		}

		/**
		 * Set {@code recordingStatusCallback}: the URL that Twilio notifies when the
		 * status of the recording changes.
		 * @param recordingStatusCallback the URL that Twilio notifies when the status of
		 * the recording changes
		 * @return this builder
		 */
		public Builder recordingStatusCallback(@Nullable URI recordingStatusCallback) {
			return set(Attr.RECORDING_STATUS_CALLBACK, recordingStatusCallback);
		}

		/**
		 * Set {@code recordingStatusCallbackMethod}: the HTTP method for the
		 * {@code recordingStatusCallback} URL.
		 * @param recordingStatusCallbackMethod the HTTP method for the
		 * {@code recordingStatusCallback} URL
		 * @return this builder
		 */
		public Builder recordingStatusCallbackMethod(@Nullable Method recordingStatusCallbackMethod) {
			return set(Attr.RECORDING_STATUS_CALLBACK_METHOD, recordingStatusCallbackMethod);
		}

		/**
		 * Set {@code recordingStatusCallbackEvent}: the recording events that Twilio
		 * reports to the {@code recordingStatusCallback} URL.
		 * @param recordingStatusCallbackEvent the recording events that Twilio reports to
		 * the {@code recordingStatusCallback} URL
		 * @return this builder
		 */
		public Builder recordingStatusCallbackEvent(RecordingEvent... recordingStatusCallbackEvent) {
			return setAll(Attr.RECORDING_STATUS_CALLBACK_EVENT, recordingStatusCallbackEvent);
		}

		/**
		 * Set {@code trim}: whether silence is trimmed from the start and end of the
		 * recording.
		 * @param trim whether silence is trimmed from the start and end of the recording
		 * @return this builder
		 */
		public Builder trim(@Nullable Trim trim) {
			return set(Attr.TRIM, trim);
		}

		/**
		 * Set {@code track}: which audio is recorded.
		 * @param track which audio is recorded
		 * @return this builder
		 */
		public Builder track(@Nullable RecordingTrack track) {
			return set(Attr.TRACK, track);
		}

		/**
		 * Set {@code channels}: whether the parties are mixed into one channel or
		 * recorded apart.
		 * @param channels whether the parties are mixed into one channel or recorded
		 * apart
		 * @return this builder
		 */
		public Builder channels(@Nullable Channels channels) {
			return set(Attr.CHANNELS, channels);
		}

		@Override
		public Recording build() {
			return new Recording(compile());
		}

	}

}
