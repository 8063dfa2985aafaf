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
	public static final class Builder extends TwimlBuilder<Builder, Stop> {

		private Builder() {
			super(TAG);
		}

		/**
		 * Add a {@code <Stream>}.
		 * @param stream the element
		 * @return this builder
		 */
		public Builder stream(Stream stream) {
			return add(stream);
		}

		/**
		 * Add a {@code <Stream>}.
		 * @param stream the builder of the element, built by this call
		 * @return this builder
		 */
		public Builder stream(Stream.Builder stream) {
			return add(stream);
		}

		/**
		 * Add a {@code <Siprec>}.
		 * @param siprec the element
		 * @return this builder
		 */
		public Builder siprec(Siprec siprec) {
			return add(siprec);
		}

		/**
		 * Add a {@code <Siprec>}.
		 * @param siprec the builder of the element, built by this call
		 * @return this builder
		 */
		public Builder siprec(Siprec.Builder siprec) {
			return add(siprec);
		}

		/**
		 * Add a {@code <Transcription>}.
		 * @param transcription the element
		 * @return this builder
		 */
		public Builder transcription(Transcription transcription) {
			return add(transcription);
		}

		/**
		 * Add a {@code <Transcription>}.
		 * @param transcription the builder of the element, built by this call
		 * @return this builder
		 */
		public Builder transcription(Transcription.Builder transcription) {
			return add(transcription);
		}

		@Override
		public Stop build() {
			return new Stop(compile());
		}

	}

}
