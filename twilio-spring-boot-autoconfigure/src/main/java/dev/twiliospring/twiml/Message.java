package dev.twiliospring.twiml;

import java.net.URI;

import org.jspecify.annotations.Nullable;

/**
 * The {@code <Message>} verb: sends a message in reply, with its text given directly or
 * as a {@code <Body>}, and media as {@code <Media>}.
 *
 * @since 1.0.0
 */
public final class Message extends TwimlElement {

	static final Tag TAG = new Tag("Message");

	private Message(byte[] xml) {
		super(xml);
	}

	/**
	 * Start building a {@code <Message>}.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Start building a {@code <Message>} for the given value.
	 * @param body the text of the message
	 * @return a new builder
	 */
	public static Builder of(String body) {
		return new Builder().text(body);
	}

	/**
	 * Builder for {@link Message}.
	 */
	public static final class Builder extends TwimlTextBuilder<Builder, Message> {

		private Builder() {
			super(TAG);
		}

		/**
		 * Set {@code to}: the phone number or channel address to send to; the sender of
		 * the incoming message when not set.
		 * @param to the phone number or channel address to send to
		 * @return this builder
		 */
		public Builder to(@Nullable String to) {
			return set(Attr.TO, to);
		}

		/**
		 * Set {@code from}: the phone number or channel address to send from; the
		 * recipient of the incoming message when not set.
		 * @param from the phone number or channel address to send from
		 * @return this builder
		 */
		public Builder from(@Nullable String from) {
			return set(Attr.FROM, from);
		}

		/**
		 * Set {@code action}: the URL that Twilio notifies when the status of the message
		 * changes.
		 * @param action the URL that Twilio notifies when the status of the message
		 * changes
		 * @return this builder
		 */
		public Builder action(@Nullable String action) {
			return set(Attr.ACTION, action);
		}

		/**
		 * Set {@code action}: the URL that Twilio notifies when the status of the message
		 * changes.
		 * @param action the URL that Twilio notifies when the status of the message
		 * changes
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
		 * Set {@code statusCallback}: the URL that Twilio notifies when the status of the
		 * message changes; superseded by {@code action}.
		 * @param statusCallback the URL that Twilio notifies when the status of the
		 * message changes
		 * @return this builder
		 */
		public Builder statusCallback(@Nullable String statusCallback) {
			return set(Attr.STATUS_CALLBACK, statusCallback);
		}

		/**
		 * Set {@code statusCallback}: the URL that Twilio notifies when the status of the
		 * message changes; superseded by {@code action}.
		 * @param statusCallback the URL that Twilio notifies when the status of the
		 * message changes
		 * @return this builder
		 */
		public Builder statusCallback(@Nullable URI statusCallback) {
			return set(Attr.STATUS_CALLBACK, statusCallback);
		}

		/**
		 * Add a {@code <Body>} with the given text.
		 * @param text the text of the message
		 * @return this builder
		 */
		public Builder body(String text) {
			return addElement(Body.TAG, text);
		}

		/**
		 * Add a {@code <Body>}.
		 * @param body the element
		 * @return this builder
		 */
		public Builder body(Body body) {
			return add(body);
		}

		/**
		 * Add a {@code <Body>}.
		 * @param body the builder of the element, built by this call
		 * @return this builder
		 */
		public Builder body(Body.Builder body) {
			return add(body);
		}

		/**
		 * Add a {@code <Media>} file to send.
		 * @param url the URL of the media file
		 * @return this builder
		 */
		public Builder media(String url) {
			return addElement(Media.TAG, url);
		}

		/**
		 * Add a {@code <Media>} file to send.
		 * @param url the URL of the media file
		 * @return this builder
		 */
		public Builder media(URI url) {
			return media(Media.of(url));
		}

		/**
		 * Add a {@code <Media>}.
		 * @param media the element
		 * @return this builder
		 */
		public Builder media(Media media) {
			return add(media);
		}

		/**
		 * Add a {@code <Media>}.
		 * @param media the builder of the element, built by this call
		 * @return this builder
		 */
		public Builder media(Media.Builder media) {
			return add(media);
		}

		@Override
		public Message build() {
			return new Message(compile());
		}

	}

}
