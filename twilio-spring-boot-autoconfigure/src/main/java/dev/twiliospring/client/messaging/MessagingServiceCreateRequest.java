package dev.twiliospring.client.messaging;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpMethod;

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
	public static final class Builder {

		private final TwilioParameters.Builder parameters = TwilioParameters.builder();

		private Builder() {
		}

		/**
		 * Set the name of the service (required).
		 * @param friendlyName up to 64 characters
		 * @return this builder
		 */
		public Builder friendlyName(String friendlyName) {
			this.parameters.set("FriendlyName", friendlyName);
			return this;
		}

		/**
		 * Set the URL called when a sender of the service receives a message.
		 * @param inboundRequestUrl the URL
		 * @return this builder
		 */
		public Builder inboundRequestUrl(String inboundRequestUrl) {
			this.parameters.set("InboundRequestUrl", inboundRequestUrl);
			return this;
		}

		/**
		 * Set the HTTP method used for the inbound request URL.
		 * @param inboundMethod {@code GET} or {@code POST} (Twilio's default)
		 * @return this builder
		 */
		public Builder inboundMethod(HttpMethod inboundMethod) {
			this.parameters.set("InboundMethod", checkMethod(inboundMethod, "InboundMethod"));
			return this;
		}

		/**
		 * Set the URL called when the inbound request URL fails.
		 * @param fallbackUrl the URL
		 * @return this builder
		 */
		public Builder fallbackUrl(String fallbackUrl) {
			this.parameters.set("FallbackUrl", fallbackUrl);
			return this;
		}

		/**
		 * Set the HTTP method used for the fallback URL.
		 * @param fallbackMethod {@code GET} or {@code POST}
		 * @return this builder
		 */
		public Builder fallbackMethod(HttpMethod fallbackMethod) {
			this.parameters.set("FallbackMethod", checkMethod(fallbackMethod, "FallbackMethod"));
			return this;
		}

		/**
		 * Set the URL that receives message status updates.
		 * @param statusCallback the URL
		 * @return this builder
		 */
		public Builder statusCallback(String statusCallback) {
			this.parameters.set("StatusCallback", statusCallback);
			return this;
		}

		/**
		 * Set whether a recipient keeps getting messages from the same sender.
		 * @param stickySender whether to enable Sticky Sender
		 * @return this builder
		 */
		public Builder stickySender(boolean stickySender) {
			this.parameters.set("StickySender", stickySender);
			return this;
		}

		/**
		 * Set whether MMS is converted to SMS with a link where MMS is not supported.
		 * @param mmsConverter whether to enable the MMS converter
		 * @return this builder
		 */
		public Builder mmsConverter(boolean mmsConverter) {
			this.parameters.set("MmsConverter", mmsConverter);
			return this;
		}

		/**
		 * Set whether Unicode look-alike characters are replaced by GSM ones.
		 * @param smartEncoding whether to enable smart encoding
		 * @return this builder
		 */
		public Builder smartEncoding(boolean smartEncoding) {
			this.parameters.set("SmartEncoding", smartEncoding);
			return this;
		}

		/**
		 * Set whether message content is scanned.
		 * @param scanMessageContent the setting
		 * @return this builder
		 */
		public Builder scanMessageContent(MessagingService.ScanMessageContent scanMessageContent) {
			this.parameters.set("ScanMessageContent", scanMessageContent);
			return this;
		}

		/**
		 * Set the obsolete fallback to long code setting.
		 * @param fallbackToLongCode the setting
		 * @return this builder
		 */
		public Builder fallbackToLongCode(boolean fallbackToLongCode) {
			this.parameters.set("FallbackToLongCode", fallbackToLongCode);
			return this;
		}

		/**
		 * Set whether a sender with the recipient's area code is preferred.
		 * @param areaCodeGeomatch whether to enable area code geomatch
		 * @return this builder
		 */
		public Builder areaCodeGeomatch(boolean areaCodeGeomatch) {
			this.parameters.set("AreaCodeGeomatch", areaCodeGeomatch);
			return this;
		}

		/**
		 * Set how long a message stays valid for delivery.
		 * @param validityPeriod the period, between 1 second and 10 hours (Twilio's
		 * default)
		 * @return this builder
		 */
		public Builder validityPeriod(Duration validityPeriod) {
			long seconds = validityPeriod.toSeconds();
			if (seconds < 1 || seconds > 36_000) {
				throw new IllegalArgumentException(
						"ValidityPeriod must be between 1 and 36000 seconds, got " + seconds);
			}
			this.parameters.set("ValidityPeriod", seconds);
			return this;
		}

		/**
		 * Set Twilio's reserved synchronous validation setting.
		 * @param synchronousValidation the setting
		 * @return this builder
		 */
		public Builder synchronousValidation(boolean synchronousValidation) {
			this.parameters.set("SynchronousValidation", synchronousValidation);
			return this;
		}

		/**
		 * Set the use case of the service.
		 * @param usecase such as {@code notifications}, {@code marketing},
		 * {@code verification}, {@code discussion}, {@code poll} or {@code undeclared}
		 * @return this builder
		 */
		public Builder usecase(String usecase) {
			this.parameters.set("Usecase", usecase);
			return this;
		}

		/**
		 * Set whether the webhook of each phone number is used instead of the service's
		 * inbound request URL.
		 * @param useInboundWebhookOnNumber whether to use the number's webhook
		 * @return this builder
		 */
		public Builder useInboundWebhookOnNumber(boolean useInboundWebhookOnNumber) {
			this.parameters.set("UseInboundWebhookOnNumber", useInboundWebhookOnNumber);
			return this;
		}

		/**
		 * Set a parameter this builder has no method for, such as one Twilio added
		 * later.
		 * @param name the parameter name as Twilio spells it
		 * @param value the value; {@code null} removes the parameter
		 * @return this builder
		 */
		public Builder param(String name, @Nullable Object value) {
			this.parameters.set(name, value);
			return this;
		}

		private static String checkMethod(HttpMethod method, String name) {
			if (!HttpMethod.GET.equals(method) && !HttpMethod.POST.equals(method)) {
				throw new IllegalArgumentException(name + " must be GET or POST, got " + method);
			}
			return method.name();
		}

		/**
		 * Build the request.
		 * @return the request
		 * @throws IllegalArgumentException if no name is set
		 */
		public MessagingServiceCreateRequest build() {
			String friendlyName = this.parameters.getFirst("FriendlyName");
			if (friendlyName == null || friendlyName.isBlank()) {
				throw new IllegalArgumentException("A messaging service needs a name: call friendlyName(...)");
			}
			return new MessagingServiceCreateRequest(this.parameters.build());
		}

	}

}
