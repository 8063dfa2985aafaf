package dev.twiliospring.client.messaging;

import dev.twiliospring.client.TwilioParameters;

/**
 * Parameters of a new Messaging Service.
 * <pre class="code">
 * MessagingServiceCreateRequest request = MessagingServiceCreateRequest.builder()
 *     .friendlyName("Order notifications")
 *     .statusCallback("https://example.com/twilio/status")
 *     .usecase("notifications")
 *     .build();
 * </pre>
 *
 * @since 1.0.0
 * @see MessagingServiceResource#create(MessagingServiceCreateRequest)
 */
public final class MessagingServiceCreateRequest {

	private final TwilioParameters parameters;

	private MessagingServiceCreateRequest(TwilioParameters parameters) {
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
		return "MessagingServiceCreateRequest" + this.parameters.asMap().keySet();
	}

	/**
	 * Builder for {@link MessagingServiceCreateRequest}.
	 */
	public static final class Builder extends MessagingServiceSettingsBuilder<Builder, MessagingServiceCreateRequest> {

		private Builder() {
		}

		/**
		 * Build the request.
		 * @return the request
		 * @throws IllegalArgumentException if no name is set
		 */
		@Override
		public MessagingServiceCreateRequest build() {
			String friendlyName = this.parameters.getFirst("FriendlyName");
			if (friendlyName == null || friendlyName.isBlank()) {
				throw new IllegalArgumentException("A messaging service needs a name: call friendlyName(...)");
			}
			return new MessagingServiceCreateRequest(this.parameters.build());
		}

	}

}
