package dev.twiliospring.client.api;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.jspecify.annotations.Nullable;

import dev.twiliospring.client.TwilioDurations;
import dev.twiliospring.client.TwilioParameters;

/**
 * Parameters of a new message: SMS, MMS (with {@code MediaUrl}), WhatsApp (with
 * {@code whatsapp:} addresses), or a Content Template ({@code ContentSid}).
 * <pre class="code">
 * MessageCreateRequest request = MessageCreateRequest.builder()
 *     .to("+15558675310")
 *     .from("+15017122661")
 *     .body("Your order has shipped")
 *     .statusCallback("https://example.com/twilio/status")
 *     .build();
 * </pre>
 *
 * @since 1.0.0
 * @see MessageResource#create(MessageCreateRequest)
 */
public final class MessageCreateRequest {

	private static final int MAX_VALIDITY_PERIOD_SECONDS = 36000;

	private static final int MAX_MEDIA_URLS = 10;

	private final TwilioParameters parameters;

	private MessageCreateRequest(TwilioParameters parameters) {
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
		return "MessageCreateRequest" + this.parameters.asMap().keySet();
	}

	/**
	 * Retention of the message content.
	 */
	public enum ContentRetention {

		/** Keep the content. */
		RETAIN,

		/** Discard the content once the message is sent. */
		DISCARD;

		@Override
		public String toString() {
			return (this == RETAIN) ? "retain" : "discard";
		}

	}

	/**
	 * Retention of the addresses of the message.
	 */
	public enum AddressRetention {

		/** Keep the addresses. */
		RETAIN,

		/** Obfuscate the addresses once the message is sent. */
		OBFUSCATE;

		@Override
		public String toString() {
			return (this == RETAIN) ? "retain" : "obfuscate";
		}

	}

	/**
	 * Builder for {@link MessageCreateRequest}.
	 */
	public static final class Builder {

		private final TwilioParameters.Builder parameters = TwilioParameters.builder();

		private Builder() {
		}

		/**
		 * Set the recipient (required): an E.164 phone number such as
		 * {@code +15558675310}, or a channel address such as
		 * {@code whatsapp:+15558675310}.
		 * @param to the recipient
		 * @return this builder
		 */
		public Builder to(String to) {
			this.parameters.set("To", to);
			return this;
		}

		/**
		 * Set the sender: a Twilio phone number, short code, alphanumeric sender ID or
		 * channel address such as {@code whatsapp:+14155238886}, or a messaging service
		 * SID ({@code MG} and 32 hexadecimal digits), which Twilio sends and schedules
		 * through as through {@link #messagingServiceSid(String)}. Either this or a
		 * messaging service is required.
		 * @param from the sender
		 * @return this builder
		 */
		public Builder from(String from) {
			this.parameters.set("From", from);
			return this;
		}

		/**
		 * Send through a messaging service, which picks the sender. Either this or a
		 * sender is required.
		 * @param messagingServiceSid the messaging service SID ({@code MG...})
		 * @return this builder
		 */
		public Builder messagingServiceSid(String messagingServiceSid) {
			this.parameters.set("MessagingServiceSid", messagingServiceSid);
			return this;
		}

		/**
		 * Set the text of the message, up to 1600 characters as Twilio counts them, in
		 * UTF-16 units, so that an emoji counts as two.
		 * @param body the text
		 * @return this builder
		 */
		public Builder body(String body) {
			this.parameters.set("Body", body);
			return this;
		}

		/**
		 * Add media files, which makes the message an MMS (or a channel message with
		 * media). Twilio accepts up to 10 per message, one on WhatsApp, and {@link #build()}
		 * refuses more.
		 * @param mediaUrls publicly reachable URLs of the media
		 * @return this builder
		 */
		public Builder mediaUrl(String... mediaUrls) {
			this.parameters.add("MediaUrl", mediaUrls);
			return this;
		}

		/**
		 * Add media files.
		 * @param mediaUrls publicly reachable URLs of the media
		 * @return this builder
		 */
		public Builder mediaUrl(URI... mediaUrls) {
			this.parameters.add("MediaUrl", mediaUrls);
			return this;
		}

		/**
		 * Add media files.
		 * @param mediaUrls publicly reachable URLs of the media
		 * @return this builder
		 */
		public Builder mediaUrls(Collection<?> mediaUrls) {
			this.parameters.add("MediaUrl", mediaUrls);
			return this;
		}

		/**
		 * Send a Content Template instead of a body.
		 * @param contentSid the content SID ({@code HX...})
		 * @return this builder
		 */
		public Builder contentSid(String contentSid) {
			this.parameters.set("ContentSid", contentSid);
			return this;
		}

		/**
		 * Set the values of the Content Template's placeholders.
		 * @param contentVariables a JSON object such as {@code {"1":"Ada"}}
		 * @return this builder
		 */
		public Builder contentVariables(String contentVariables) {
			this.parameters.set("ContentVariables", contentVariables);
			return this;
		}

		/**
		 * Set the values of the Content Template's placeholders.
		 * @param contentVariables the values by placeholder, written as a JSON object
		 * @return this builder
		 */
		public Builder contentVariables(Map<String, ?> contentVariables) {
			// Not the shared mapper: it would keep a serializer for each application class it
			// wrote, and with it the class loader of an application restarted in the same
			// JVM (Spring DevTools)
			return contentVariables(JsonMapper.builder().build().writeValueAsString(contentVariables));
		}

		/**
		 * Set the URL Twilio posts status changes of the message to.
		 * @param statusCallback the callback URL
		 * @return this builder
		 */
		public Builder statusCallback(String statusCallback) {
			this.parameters.set("StatusCallback", statusCallback);
			return this;
		}

		/**
		 * Set the URL Twilio posts status changes of the message to.
		 * @param statusCallback the callback URL
		 * @return this builder
		 */
		public Builder statusCallback(URI statusCallback) {
			this.parameters.set("StatusCallback", statusCallback);
			return this;
		}

		/**
		 * Schedule the message. Sets {@code ScheduleType=fixed}. Twilio only schedules
		 * messages sent through a messaging service, named by
		 * {@link #messagingServiceSid(String)} or by its SID given to
		 * {@link #from(String)}, so {@link #build()} refuses a scheduled message without
		 * one. Twilio accepts send times between 15 minutes and 35 days ahead, which it
		 * checks itself when the message is created.
		 * @param sendAt when to send the message
		 * @return this builder
		 */
		public Builder sendAt(Instant sendAt) {
			this.parameters.set("SendAt", sendAt);
			this.parameters.set("ScheduleType", "fixed");
			return this;
		}

		/**
		 * Schedule the message.
		 * @param sendAt when to send the message
		 * @return this builder
		 * @see #sendAt(Instant)
		 */
		public Builder sendAt(OffsetDateTime sendAt) {
			return sendAt(sendAt.toInstant());
		}

		/**
		 * Set the application whose {@code MessageStatusCallback} receives status
		 * changes.
		 * @param applicationSid the application SID ({@code AP...})
		 * @return this builder
		 */
		public Builder applicationSid(String applicationSid) {
			this.parameters.set("ApplicationSid", applicationSid);
			return this;
		}

		/**
		 * Set how long the message may wait in Twilio's queue before it fails. Twilio
		 * defaults to 36000 seconds (10 hours).
		 * @param validityPeriod the validity period, whole seconds from 1 to 36000
		 * @return this builder
		 * @throws IllegalArgumentException if the period has a fraction of a second or is
		 * out of range
		 */
		public Builder validityPeriod(Duration validityPeriod) {
			this.parameters.set("ValidityPeriod",
					TwilioDurations.seconds(validityPeriod, "ValidityPeriod", 1, MAX_VALIDITY_PERIOD_SECONDS));
			return this;
		}

		/**
		 * Set whether to track message feedback.
		 * @param provideFeedback whether to track feedback
		 * @return this builder
		 */
		public Builder provideFeedback(boolean provideFeedback) {
			this.parameters.set("ProvideFeedback", provideFeedback);
			return this;
		}

		/**
		 * Set the number of attempts to make for a message.
		 * @param attempt the total number of attempts
		 * @return this builder
		 */
		public Builder attempt(int attempt) {
			this.parameters.set("Attempt", attempt);
			return this;
		}

		/**
		 * Set whether to deliver the message even if it might be filtered.
		 * @param forceDelivery whether to force delivery
		 * @return this builder
		 */
		public Builder forceDelivery(boolean forceDelivery) {
			this.parameters.set("ForceDelivery", forceDelivery);
			return this;
		}

		/**
		 * Set whether Twilio keeps the message content.
		 * @param contentRetention the content retention
		 * @return this builder
		 */
		public Builder contentRetention(ContentRetention contentRetention) {
			this.parameters.set("ContentRetention", contentRetention);
			return this;
		}

		/**
		 * Set whether Twilio keeps the addresses of the message.
		 * @param addressRetention the address retention
		 * @return this builder
		 */
		public Builder addressRetention(AddressRetention addressRetention) {
			this.parameters.set("AddressRetention", addressRetention);
			return this;
		}

		/**
		 * Set whether Unicode characters are replaced by GSM-7 look-alikes to save
		 * segments.
		 * @param smartEncoded whether to use smart encoding
		 * @return this builder
		 */
		public Builder smartEncoded(boolean smartEncoded) {
			this.parameters.set("SmartEncoded", smartEncoded);
			return this;
		}

		/**
		 * Add actions to the message, such as {@code geo:37.7,-122.4} or
		 * {@code mailto:ada@example.com}.
		 * @param persistentActions the actions
		 * @return this builder
		 */
		public Builder persistentAction(String... persistentActions) {
			this.parameters.add("PersistentAction", Arrays.asList(persistentActions));
			return this;
		}

		/**
		 * Set whether Twilio shortens links in the body with the messaging service's
		 * domain. Twilio only shortens links of messages sent through a messaging service,
		 * so {@link #build()} refuses {@code true} without
		 * {@link #messagingServiceSid(String)}.
		 * @param shortenUrls whether to shorten links
		 * @return this builder
		 */
		public Builder shortenUrls(boolean shortenUrls) {
			this.parameters.set("ShortenUrls", shortenUrls);
			return this;
		}

		/**
		 * Set whether a message with media is always sent as MMS.
		 * @param sendAsMms whether to send as MMS
		 * @return this builder
		 */
		public Builder sendAsMms(boolean sendAsMms) {
			this.parameters.set("SendAsMms", sendAsMms);
			return this;
		}

		/**
		 * Set whether Twilio's risk check of the message is enabled.
		 * @param riskCheck whether to run the risk check
		 * @return this builder
		 */
		public Builder riskCheck(boolean riskCheck) {
			this.parameters.set("RiskCheck", riskCheck ? "enable" : "disable");
			return this;
		}

		/**
		 * Set the traffic type, such as {@code free} for free-form WhatsApp messages.
		 * @param trafficType the traffic type
		 * @return this builder
		 */
		public Builder trafficType(String trafficType) {
			this.parameters.set("TrafficType", trafficType);
			return this;
		}

		/**
		 * Set the sender used if delivery from the primary sender fails.
		 * @param fallbackFrom the fallback sender
		 * @return this builder
		 */
		public Builder fallbackFrom(String fallbackFrom) {
			this.parameters.set("FallbackFrom", fallbackFrom);
			return this;
		}

		/**
		 * Set any parameter, for those this builder has no method for yet.
		 * @param name the parameter name as Twilio spells it
		 * @param value the value; {@code null} removes the parameter
		 * @return this builder
		 */
		public Builder param(String name, @Nullable Object value) {
			this.parameters.set(name, value);
			return this;
		}

		/**
		 * Build the request, checking that Twilio's required parameters are present.
		 * @return the request
		 * @throws IllegalArgumentException if the recipient, the sender or the content is
		 * missing, if the message is scheduled without a messaging service (in
		 * {@code MessagingServiceSid} or {@code From}) or shortens links without
		 * {@code MessagingServiceSid}, if it has more than 10 media URLs, if only one of
		 * the sender and the recipient is a {@code whatsapp:} address (a messaging service SID as the sender
		 * is on the recipient's channel), or if it has content variables without
		 * a content SID, if a WhatsApp message has more than one media URL, or if the
		 * sender has the length and prefix of a messaging service SID ({@code MG...}) but
		 * not 32 hexadecimal digits, or is one with whitespace around it
		 */
		public MessageCreateRequest build() {
			if (!this.parameters.contains("To")) {
				throw new IllegalArgumentException("A message needs a recipient: call to(...)");
			}
			if (!this.parameters.contains("From") && !this.parameters.contains("MessagingServiceSid")) {
				throw new IllegalArgumentException(
						"A message needs a sender: call from(...) or messagingServiceSid(...)");
			}
			checkMessagingServiceSidAsTheSender();
			if (!this.parameters.contains("Body") && !this.parameters.contains("MediaUrl")
					&& !this.parameters.contains("ContentSid")) {
				throw new IllegalArgumentException(
						"A message needs content: call body(...), mediaUrl(...) or contentSid(...)");
			}
			checkWhatsAppOnBothSides();
			if (this.parameters.contains("ContentVariables") && !this.parameters.contains("ContentSid")) {
				throw new IllegalArgumentException(
						"Content variables fill in a template: call contentSid(...) with the template's SID (HX...)");
			}
			if (this.parameters.contains("SendAt") && !hasMessagingService()) {
				throw new IllegalArgumentException("A scheduled message needs a messaging service: call "
						+ "messagingServiceSid(...), or from(...) with its SID, since Twilio only schedules "
						+ "messages sent through one");
			}
			if ("true".equals(this.parameters.getFirst("ShortenUrls"))
					&& !this.parameters.contains("MessagingServiceSid")) {
				if (hasMessagingService()) {
					// The service is named, but not where ShortenUrls looks for it
					throw new IllegalArgumentException("Shortening links needs the messaging service in "
							+ "messagingServiceSid(...), which Twilio asks for even where from(...) is the service's "
							+ "SID: call messagingServiceSid(\"" + this.parameters.getFirst("From") + "\")");
				}
				throw new IllegalArgumentException("Shortening links needs a messaging service: call "
						+ "messagingServiceSid(...), since Twilio shortens links with a messaging service's domain");
			}
			TwilioParameters parameters = this.parameters.build();
			int mediaUrls = parameters.get("MediaUrl").size();
			if (mediaUrls > MAX_MEDIA_URLS) {
				throw new IllegalArgumentException("A message takes at most " + MAX_MEDIA_URLS
						+ " media URLs, not " + mediaUrls + ": send the others in another message");
			}
			String to = parameters.getFirst("To");
			if (mediaUrls > 1 && to != null && isWhatsApp(to)) {
				// Twilio ignores every attachment of a WhatsApp message but the first
				throw new IllegalArgumentException("A WhatsApp message carries one media file, and Twilio would drop "
						+ "the other " + (mediaUrls - 1) + ": send each media URL in a message of its own");
			}
			return new MessageCreateRequest(parameters);
		}

		/**
		 * Refuse a sender that has the length and prefix of a messaging service SID but
		 * not its hexadecimal digits, which Twilio takes for no sender at all, where the
		 * checks that follow would take it for a phone number or for no messaging service.
		 * Whitespace around it, as a value read from a file or an environment variable can
		 * carry, counts as such a character: no sender is a SID with whitespace around it.
		 */
		private void checkMessagingServiceSidAsTheSender() {
			String from = this.parameters.getFirst("From");
			if (from == null || isMessagingServiceSid(from)) {
				return;
			}
			String stripped = from.strip();
			if (isMessagingServiceSid(stripped)) {
				throw new IllegalArgumentException("from(...) has whitespace around the messaging service SID "
						+ stripped + ", which Twilio would not take for one: remove it");
			}
			if (stripped.length() == 34 && stripped.startsWith("MG")) {
				throw new IllegalArgumentException("from(\"" + from + "\") is no messaging service SID, which is "
						+ "MG and 32 hexadecimal digits: copy the SID of the service from the Twilio Console");
			}
		}

		/**
		 * Refuse a message between WhatsApp and another channel, which Twilio refuses with
		 * error 21910. Without a sender, a messaging service picks one of the recipient's
		 * channel, and so does one whose SID is given as the sender, which Twilio takes
		 * in {@code From} as well.
		 */
		private void checkWhatsAppOnBothSides() {
			String to = this.parameters.getFirst("To");
			String from = this.parameters.getFirst("From");
			if (to == null || from == null || isWhatsApp(to) == isWhatsApp(from) || isMessagingServiceSid(from)) {
				return;
			}
			String whatsApp = isWhatsApp(to) ? "to" : "from";
			String other = isWhatsApp(to) ? "from" : "to";
			String otherAddress = isWhatsApp(to) ? from : to;
			// An address of another channel, such as messenger:, is no phone number to prefix
			String fix = (otherAddress.indexOf(':') < 0) ? "write " + other + "(\"whatsapp:" + otherAddress + "\")"
					: "send each channel's messages between addresses of that channel";
			throw new IllegalArgumentException("A WhatsApp message needs whatsapp: addresses on both sides: "
					+ whatsApp + "(\"" + (isWhatsApp(to) ? to : from) + "\") but " + other + "(\"" + otherAddress
					+ "\"); " + fix);
		}

		/**
		 * Whether the message goes through a messaging service: one named by
		 * {@code MessagingServiceSid}, or by {@code From}, which Twilio takes a messaging
		 * service SID in as well.
		 */
		private boolean hasMessagingService() {
			String from = this.parameters.getFirst("From");
			return this.parameters.contains("MessagingServiceSid") || (from != null && isMessagingServiceSid(from));
		}

		private static boolean isWhatsApp(String address) {
			return address.regionMatches(true, 0, "whatsapp:", 0, 9);
		}

		private static boolean isMessagingServiceSid(String value) {
			return RequestChecks.isSid(value, "MG");
		}

	}

}
