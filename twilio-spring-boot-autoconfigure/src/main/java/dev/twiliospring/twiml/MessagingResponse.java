package dev.twiliospring.twiml;

import java.net.URI;

/**
 * A TwiML document that tells Twilio how to reply to an incoming message.
 * <p>
 * For example:
 * <pre class="code">
 * MessagingResponse reply = MessagingResponse.builder()
 *     .message(Message.builder().body("Here is your map").media("https://example.com/map.png"))
 *     .redirect("/next")
 *     .build();
 * </pre>
 *
 * @since 1.0.0
 */
public final class MessagingResponse extends TwimlDocumentSupport {

	private MessagingResponse(byte[] xml) {
		super(xml);
	}

	/**
	 * Start building a response.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Builder for {@link MessagingResponse}.
	 */
	public static final class Builder extends TwimlBuilder<Builder, MessagingResponse> {

		private Builder() {
			super(RESPONSE);
		}

		/**
		 * Add a {@code <Message>} that replies with the given text.
		 * @param body the text of the message
		 * @return this builder
		 */
		public Builder message(String body) {
			return addElement(Message.TAG, body);
		}

		/**
		 * Add a {@code <Message>}.
		 * @param message the element
		 * @return this builder
		 */
		public Builder message(Message message) {
			return add(message);
		}

		/**
		 * Add a {@code <Message>}.
		 * @param message the builder of the element, built by this call
		 * @return this builder
		 */
		public Builder message(Message.Builder message) {
			return add(message);
		}

		/**
		 * Add a {@code <Redirect>} to the given URL.
		 * @param url the URL of the TwiML to continue with
		 * @return this builder
		 */
		public Builder redirect(String url) {
			return addElement(Redirect.TAG, url);
		}

		/**
		 * Add a {@code <Redirect>} to the given URL.
		 * @param url the URL of the TwiML to continue with
		 * @return this builder
		 */
		public Builder redirect(URI url) {
			return redirect(Redirect.of(url));
		}

		/**
		 * Add a {@code <Redirect>}.
		 * @param redirect the element
		 * @return this builder
		 */
		public Builder redirect(Redirect redirect) {
			return add(redirect);
		}

		/**
		 * Add a {@code <Redirect>}.
		 * @param redirect the builder of the element, built by this call
		 * @return this builder
		 */
		public Builder redirect(Redirect.Builder redirect) {
			return add(redirect);
		}

		@Override
		public MessagingResponse build() {
			return new MessagingResponse(compile(DECLARATION));
		}

	}

}
