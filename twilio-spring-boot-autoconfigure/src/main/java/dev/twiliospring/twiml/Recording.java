package dev.twiliospring.twiml;

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
	public static final class Builder extends RecordingCallbackBuilder<Builder, Recording> {

		private Builder() {
			super(TAG);
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
