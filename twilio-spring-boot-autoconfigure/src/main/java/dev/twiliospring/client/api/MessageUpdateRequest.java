package dev.twiliospring.client.api;

import dev.twiliospring.client.TwilioParameters;

/**
 * Change to an existing message: cancel a scheduled message or redact the body of a sent
 * one.
 *
 * @since 1.0.0
 * @see MessageResource#update(String, MessageUpdateRequest)
 */
public final class MessageUpdateRequest {

	private final TwilioParameters parameters;

	private MessageUpdateRequest(TwilioParameters parameters) {
		this.parameters = parameters;
	}

	/**
	 * Return a request that cancels a scheduled message ({@code Status=canceled}).
	 * @return the request
	 */
	public static MessageUpdateRequest cancel() {
		return builder().status(Message.Status.CANCELED).build();
	}

	/**
	 * Return a request that redacts the body of a message ({@code Body=""}).
	 * @return the request
	 */
	public static MessageUpdateRequest redact() {
		return builder().body("").build();
	}

	/**
	 * Return a builder.
	 * @return the builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Return the form parameters, named as Twilio names them.
	 * @return the parameters
	 */
	public TwilioParameters parameters() {
		return this.parameters;
	}

	@Override
	public String toString() {
		return "MessageUpdateRequest" + this.parameters.asMap().keySet();
	}

	/**
	 * Builder for {@link MessageUpdateRequest}.
	 */
	public static final class Builder {

		private final TwilioParameters.Builder parameters = TwilioParameters.builder();

		private Builder() {
		}

		/**
		 * Replace the body; Twilio only accepts an empty body, which redacts the message.
		 * @param body the new body
		 * @return this builder
		 */
		public Builder body(String body) {
			this.parameters.set("Body", body);
			return this;
		}

		/**
		 * Change the status; Twilio only accepts {@link Message.Status#CANCELED}, for a
		 * scheduled message.
		 * @param status the new status
		 * @return this builder
		 */
		public Builder status(Message.Status status) {
			if (status != Message.Status.CANCELED) {
				throw new IllegalArgumentException(
						"A message's status can only be updated to 'canceled', not '" + status + "'");
			}
			this.parameters.set("Status", status);
			return this;
		}

		/**
		 * Build the request.
		 * @return the request
		 * @throws IllegalArgumentException if nothing would change
		 */
		public MessageUpdateRequest build() {
			if (!this.parameters.contains("Body") && !this.parameters.contains("Status")) {
				throw new IllegalArgumentException("A message update needs body(\"\") to redact or "
						+ "status(Message.Status.CANCELED) to cancel");
			}
			return new MessageUpdateRequest(this.parameters.build());
		}

	}

}
