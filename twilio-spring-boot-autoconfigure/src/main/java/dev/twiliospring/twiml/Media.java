package dev.twiliospring.twiml;

import java.net.URI;

/**
 * The {@code <Media>} noun of {@code <Message>}: the URL of an image or other media file
 * to send.
 *
 * @since 1.0.0
 */
public final class Media extends TwimlElement {

	static final Tag TAG = new Tag("Media");

	private Media(byte[] xml) {
		super(xml);
	}

	/**
	 * Start building a {@code <Media>} for the given URL.
	 * @param url the URL of the media file
	 * @return a new builder
	 */
	public static Builder of(String url) {
		return new Builder().text(url);
	}

	/**
	 * Start building a {@code <Media>} for the given URL.
	 * @param url the URL of the media file
	 * @return a new builder
	 */
	public static Builder of(URI url) {
		return new Builder().addText(url, "url");
	}

	/**
	 * Builder for {@link Media}.
	 */
	public static final class Builder extends TwimlTextBuilder<Builder, Media> {

		private Builder() {
			super(TAG);
		}

		@Override
		public Media build() {
			return new Media(compile());
		}

	}

}
