package dev.twiliospring.twiml;

import java.net.URI;

import org.jspecify.annotations.Nullable;

/**
 * The {@code <Receive>} verb: receives an incoming fax.
 *
 * @since 1.0.0
 */
public final class Receive extends TwimlElement {

	static final Tag TAG = new Tag("Receive");

	private Receive(byte[] xml) {
		super(xml);
	}

	/**
	 * Start building a {@code <Receive>}.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Format in which a received fax is stored.
	 */
	public enum MediaType implements WireValue {

		/**
		 * PDF.
		 */
		APPLICATION_PDF("application/pdf"),

		/**
		 * TIFF.
		 */
		IMAGE_TIFF("image/tiff");

		private final String value;

		MediaType(String value) {
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
	 * Page size for interpreting a received fax.
	 */
	public enum PageSize implements WireValue {

		/**
		 * US Letter.
		 */
		LETTER("letter"),

		/**
		 * US Legal.
		 */
		LEGAL("legal"),

		/**
		 * ISO A4.
		 */
		A4("a4");

		private final String value;

		PageSize(String value) {
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
	 * Builder for {@link Receive}.
	 */
	public static final class Builder extends TwimlBuilder<Builder, Receive> {

		private Builder() {
			super(TAG);
		}

		/**
		 * Set {@code action}: the URL that Twilio requests when the fax has been
		 * received.
		 * @param action the URL that Twilio requests when the fax has been received
		 * @return this builder
		 */
		public Builder action(@Nullable String action) {
			return set(Attr.ACTION, action);
		}

		/**
		 * Set {@code action}: the URL that Twilio requests when the fax has been
		 * received.
		 * @param action the URL that Twilio requests when the fax has been received
		 * @return this builder
		 */
		public Builder action(@Nullable URI action) {
			return set(Attr.ACTION, action);
		}

		/**
		 * Set {@code method}: the HTTP method for the {@code action} URL.
		 * @param method the HTTP method for the {@code action} URL
		 * @return this builder
		 */
		public Builder method(@Nullable Method method) {
			return set(Attr.METHOD, method);
		}

		/**
		 * Set {@code mediaType}: the format in which the fax is stored.
		 * @param mediaType the format in which the fax is stored
		 * @return this builder
		 */
		public Builder mediaType(@Nullable MediaType mediaType) {
			return set(Attr.MEDIA_TYPE, mediaType);
		}

		/**
		 * Set {@code pageSize}: the page size for interpreting the fax.
		 * @param pageSize the page size for interpreting the fax
		 * @return this builder
		 */
		public Builder pageSize(@Nullable PageSize pageSize) {
			return set(Attr.PAGE_SIZE, pageSize);
		}

		/**
		 * Set {@code storeMedia}: whether Twilio stores the received fax.
		 * @param storeMedia whether Twilio stores the received fax
		 * @return this builder
		 */
		public Builder storeMedia(boolean storeMedia) {
			return set(Attr.STORE_MEDIA, storeMedia);
		}

		@Override
		public Receive build() {
			return new Receive(compile());
		}

	}

}
