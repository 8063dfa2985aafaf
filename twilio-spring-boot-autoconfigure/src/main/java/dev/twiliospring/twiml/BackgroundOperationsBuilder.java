package dev.twiliospring.twiml;

/**
 * Base for the builders of {@code <Start>} and {@code <Stop>}, which hold the background
 * operations that they start or stop: {@code <Stream>}, {@code <Siprec>} and
 * {@code <Transcription>}.
 *
 * @param <B> the type of the builder
 * @param <T> the type that the builder builds
 * @since 1.0.0
 */
public abstract class BackgroundOperationsBuilder<B extends BackgroundOperationsBuilder<B, T>, T> extends TwimlBuilder<B, T> {

	BackgroundOperationsBuilder(Tag tag) {
		super(tag);
	}

	/**
	 * Add a {@code <Stream>}.
	 * @param stream the element
	 * @return this builder
	 */
	public B stream(Stream stream) {
		return add(stream);
	}

	/**
	 * Add a {@code <Stream>}.
	 * @param stream the builder of the element, built by this call
	 * @return this builder
	 */
	public B stream(Stream.Builder stream) {
		return add(stream);
	}

	/**
	 * Add a {@code <Siprec>}.
	 * @param siprec the element
	 * @return this builder
	 */
	public B siprec(Siprec siprec) {
		return add(siprec);
	}

	/**
	 * Add a {@code <Siprec>}.
	 * @param siprec the builder of the element, built by this call
	 * @return this builder
	 */
	public B siprec(Siprec.Builder siprec) {
		return add(siprec);
	}

	/**
	 * Add a {@code <Transcription>}.
	 * @param transcription the element
	 * @return this builder
	 */
	public B transcription(Transcription transcription) {
		return add(transcription);
	}

	/**
	 * Add a {@code <Transcription>}.
	 * @param transcription the builder of the element, built by this call
	 * @return this builder
	 */
	public B transcription(Transcription.Builder transcription) {
		return add(transcription);
	}

}
