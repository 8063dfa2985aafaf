package dev.twiliospring.client.messaging;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpMethod;

import dev.twiliospring.client.TwilioDurations;
import dev.twiliospring.client.TwilioParameters;

/**
 * Base class of the builders of {@link MessagingServiceCreateRequest} and
 * {@link MessagingServiceUpdateRequest}: the settings of a Messaging Service, which
 * Twilio takes both when creating a service and when changing it.
 *
 * @param <B> the type of the builder itself
 * @param <R> the type of the request it builds
 * @since 1.0.0
 */
public abstract class MessagingServiceSettingsBuilder<B extends MessagingServiceSettingsBuilder<B, R>, R> {

	final TwilioParameters.Builder parameters = TwilioParameters.builder();

	MessagingServiceSettingsBuilder() {
	}

	/**
	 * Set the name of the service; a new service needs one.
	 * @param friendlyName up to 64 characters
	 * @return this builder
	 */
	public B friendlyName(String friendlyName) {
		int length = (friendlyName != null) ? friendlyName.codePointCount(0, friendlyName.length()) : 0;
		if (length > 64) {
			throw new IllegalArgumentException("FriendlyName must be at most 64 characters, got " + length);
		}
		this.parameters.set("FriendlyName", friendlyName);
		return self();
	}

	/**
	 * Set the URL called when a sender of the service receives a message.
	 * @param inboundRequestUrl the URL
	 * @return this builder
	 */
	public B inboundRequestUrl(String inboundRequestUrl) {
		this.parameters.set("InboundRequestUrl", inboundRequestUrl);
		return self();
	}

	/**
	 * Set the HTTP method used for the inbound request URL.
	 * @param inboundMethod {@code GET} or {@code POST} (Twilio's default)
	 * @return this builder
	 */
	public B inboundMethod(HttpMethod inboundMethod) {
		this.parameters.set("InboundMethod", checkMethod(inboundMethod, "InboundMethod"));
		return self();
	}

	/**
	 * Set the URL called when the inbound request URL fails.
	 * @param fallbackUrl the URL
	 * @return this builder
	 */
	public B fallbackUrl(String fallbackUrl) {
		this.parameters.set("FallbackUrl", fallbackUrl);
		return self();
	}

	/**
	 * Set the HTTP method used for the fallback URL.
	 * @param fallbackMethod {@code GET} or {@code POST}
	 * @return this builder
	 */
	public B fallbackMethod(HttpMethod fallbackMethod) {
		this.parameters.set("FallbackMethod", checkMethod(fallbackMethod, "FallbackMethod"));
		return self();
	}

	/**
	 * Set the URL that receives message status updates.
	 * @param statusCallback the URL
	 * @return this builder
	 */
	public B statusCallback(String statusCallback) {
		this.parameters.set("StatusCallback", statusCallback);
		return self();
	}

	/**
	 * Set whether a recipient keeps getting messages from the same sender.
	 * @param stickySender whether to enable Sticky Sender
	 * @return this builder
	 */
	public B stickySender(boolean stickySender) {
		this.parameters.set("StickySender", stickySender);
		return self();
	}

	/**
	 * Set whether MMS is converted to SMS with a link where MMS is not supported.
	 * @param mmsConverter whether to enable the MMS converter
	 * @return this builder
	 */
	public B mmsConverter(boolean mmsConverter) {
		this.parameters.set("MmsConverter", mmsConverter);
		return self();
	}

	/**
	 * Set whether Unicode look-alike characters are replaced by GSM ones.
	 * @param smartEncoding whether to enable smart encoding
	 * @return this builder
	 */
	public B smartEncoding(boolean smartEncoding) {
		this.parameters.set("SmartEncoding", smartEncoding);
		return self();
	}

	/**
	 * Set whether message content is scanned.
	 * @param scanMessageContent the setting
	 * @return this builder
	 */
	public B scanMessageContent(MessagingService.ScanMessageContent scanMessageContent) {
		this.parameters.set("ScanMessageContent", scanMessageContent);
		return self();
	}

	/**
	 * Set the obsolete fallback to long code setting.
	 * @param fallbackToLongCode the setting
	 * @return this builder
	 */
	public B fallbackToLongCode(boolean fallbackToLongCode) {
		this.parameters.set("FallbackToLongCode", fallbackToLongCode);
		return self();
	}

	/**
	 * Set whether a sender with the recipient's area code is preferred.
	 * @param areaCodeGeomatch whether to enable area code geomatch
	 * @return this builder
	 */
	public B areaCodeGeomatch(boolean areaCodeGeomatch) {
		this.parameters.set("AreaCodeGeomatch", areaCodeGeomatch);
		return self();
	}

	/**
	 * Set how long a message stays valid for delivery.
	 * @param validityPeriod the period, whole seconds from 1 to 36000 (10 hours, Twilio's
	 * default)
	 * @return this builder
	 * @throws IllegalArgumentException if the period has a fraction of a second or is out
	 * of range
	 */
	public B validityPeriod(Duration validityPeriod) {
		this.parameters.set("ValidityPeriod", TwilioDurations.seconds(validityPeriod, "ValidityPeriod", 1, 36_000));
		return self();
	}

	/**
	 * Set Twilio's reserved synchronous validation setting.
	 * @param synchronousValidation the setting
	 * @return this builder
	 */
	public B synchronousValidation(boolean synchronousValidation) {
		this.parameters.set("SynchronousValidation", synchronousValidation);
		return self();
	}

	/**
	 * Set the use case of the service.
	 * @param usecase such as {@code notifications}, {@code marketing},
	 * {@code verification}, {@code discussion}, {@code poll} or {@code undeclared}
	 * @return this builder
	 */
	public B usecase(String usecase) {
		this.parameters.set("Usecase", usecase);
		return self();
	}

	/**
	 * Set whether the webhook of each phone number is used instead of the service's
	 * inbound request URL.
	 * @param useInboundWebhookOnNumber whether to use the number's webhook
	 * @return this builder
	 */
	public B useInboundWebhookOnNumber(boolean useInboundWebhookOnNumber) {
		this.parameters.set("UseInboundWebhookOnNumber", useInboundWebhookOnNumber);
		return self();
	}

	/**
	 * Set a parameter this builder has no method for, such as one Twilio added
	 * later.
	 * @param name the parameter name as Twilio spells it
	 * @param value the value; {@code null} removes the parameter
	 * @return this builder
	 */
	public B param(String name, @Nullable Object value) {
		this.parameters.set(name, value);
		return self();
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
	 */
	public abstract R build();

	@SuppressWarnings("unchecked")
	final B self() {
		return (B) this;
	}

}
