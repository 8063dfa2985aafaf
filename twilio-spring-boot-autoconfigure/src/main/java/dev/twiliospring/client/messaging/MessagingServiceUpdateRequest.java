package dev.twiliospring.client.messaging;

import dev.twiliospring.client.TwilioParameters;

/**
 * Change to an existing Messaging Service; only the settings given are changed.
 *
 * @since 1.0.0
 * @see MessagingServiceResource#update(String, MessagingServiceUpdateRequest)
 */
public final class MessagingServiceUpdateRequest {

	private final TwilioParameters parameters;

	private MessagingServiceUpdateRequest(TwilioParameters parameters) {
		this.parameters = parameters;
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
		return "MessagingServiceUpdateRequest" + this.parameters.asMap().keySet();
	}

	/**
	 * Builder for {@link MessagingServiceUpdateRequest}.
	 */
	public static final class Builder extends MessagingServiceSettingsBuilder<Builder, MessagingServiceUpdateRequest> {

		private Builder() {
		}

		/**
		 * Build the request.
		 * @return the request
		 * @throws IllegalArgumentException if nothing would change
		 */
		@Override
		public MessagingServiceUpdateRequest build() {
			TwilioParameters parameters = this.parameters.build();
			if (parameters.isEmpty()) {
				throw new IllegalArgumentException("A messaging service update needs at least one setting to change");
			}
			return new MessagingServiceUpdateRequest(parameters);
		}

	}

}
