package dev.twiliospring.twiml;

/**
 * The {@code <Stop>} verb: stops a media stream, SIPREC session or transcription that
 * {@code <Start>} began; name it as it was named when started.
 *
 * @since 1.0.0
 */
public final class Stop extends TwimlElement {

	static final Tag TAG = new Tag("Stop");

	private Stop(byte[] xml) {
		super(xml);
	}

	/**
	 * Start building a {@code <Stop>}.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Builder for {@link Stop}.
	 */
	public static final class Builder extends BackgroundOperationsBuilder<Builder, Stop> {

		private Builder() {
			super(TAG);
		}

		@Override
		public Stop build() {
			return new Stop(compile());
		}

	}

}
