package dev.twiliospring.webhook;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

import dev.twiliospring.client.TwilioEnum;
import dev.twiliospring.client.TwilioEnums;
import dev.twiliospring.client.api.Message;

/**
 * Incoming SMS, MMS or WhatsApp message, as Twilio posts it to a messaging webhook.
 * <p>
 * Absent parameters are {@code null}; WhatsApp-only components are {@code null} for SMS.
 * Every parameter, including ones not modelled here, is available from {@link #params()}.
 *
 * @param messageSid SID of the message ({@code MessageSid})
 * @param smsSid same value as the message SID, kept for older applications
 * ({@code SmsSid})
 * @param smsMessageSid same value as the message SID, kept for older applications
 * ({@code SmsMessageSid})
 * @param accountSid SID of the account ({@code AccountSid})
 * @param messagingServiceSid SID of the messaging service, if the number belongs to one
 * ({@code MessagingServiceSid})
 * @param from sender's phone number or channel address ({@code From})
 * @param to recipient's phone number or channel address ({@code To})
 * @param body text of the message ({@code Body})
 * @param numMedia number of media items ({@code NumMedia})
 * @param numSegments number of segments of the message ({@code NumSegments})
 * @param media media items, from {@code MediaUrlN} and {@code MediaContentTypeN}
 * @param smsStatus status of the message, {@link Message.Status#RECEIVED} for incoming
 * messages; {@link Message.Status#UNKNOWN} for a value this version does not know
 * ({@code SmsStatus})
 * @param apiVersion API version used ({@code ApiVersion})
 * @param fromCity sender's city ({@code FromCity})
 * @param fromState sender's state or province ({@code FromState})
 * @param fromZip sender's postal code ({@code FromZip})
 * @param fromCountry sender's country ({@code FromCountry})
 * @param toCity recipient's city ({@code ToCity})
 * @param toState recipient's state or province ({@code ToState})
 * @param toZip recipient's postal code ({@code ToZip})
 * @param toCountry recipient's country ({@code ToCountry})
 * @param messageType WhatsApp message type, such as {@code text}, {@code image},
 * {@code location} or {@code button} ({@code MessageType})
 * @param profileName sender's WhatsApp profile name ({@code ProfileName})
 * @param waId sender's WhatsApp ID ({@code WaId})
 * @param forwarded whether the WhatsApp message was forwarded ({@code Forwarded})
 * @param frequentlyForwarded whether the WhatsApp message was forwarded many times
 * ({@code FrequentlyForwarded})
 * @param buttonText text of the tapped quick reply button ({@code ButtonText})
 * @param buttonPayload payload of the tapped quick reply button ({@code ButtonPayload})
 * @param latitude latitude of a shared location ({@code Latitude})
 * @param longitude longitude of a shared location ({@code Longitude})
 * @param address address of a shared location ({@code Address})
 * @param label label of a shared location ({@code Label})
 * @param referralBody body of the ad the user clicked ({@code ReferralBody})
 * @param referralHeadline headline of the ad ({@code ReferralHeadline})
 * @param referralSourceId ID of the ad ({@code ReferralSourceId})
 * @param referralSourceType type of the ad ({@code ReferralSourceType})
 * @param referralSourceUrl URL of the ad ({@code ReferralSourceUrl})
 * @param referralMediaId ID of the ad's media ({@code ReferralMediaId})
 * @param referralMediaContentType content type of the ad's media
 * ({@code ReferralMediaContentType})
 * @param referralMediaUrl URL of the ad's media ({@code ReferralMediaUrl})
 * @param referralNumMedia number of media items in the ad ({@code ReferralNumMedia})
 * @param referralCtwaClid click ID of the ad ({@code ReferralCtwaClid})
 * @param originalRepliedMessageSender sender of the message this one replies to
 * ({@code OriginalRepliedMessageSender})
 * @param originalRepliedMessageSid SID of the message this one replies to
 * ({@code OriginalRepliedMessageSid})
 * @param addOns results of the enabled Add-ons, as the JSON text Twilio sends
 * ({@code AddOns})
 * @param params every parameter of the request
 * @since 1.0.0
 */
public record InboundMessage(@Nullable String messageSid, @Nullable String smsSid, @Nullable String smsMessageSid,
		@Nullable String accountSid, @Nullable String messagingServiceSid, @Nullable String from, @Nullable String to,
		@Nullable String body, @Nullable Integer numMedia, @Nullable Integer numSegments, List<Media> media,
		Message.@Nullable Status smsStatus, @Nullable String apiVersion, @Nullable String fromCity,
		@Nullable String fromState, @Nullable String fromZip, @Nullable String fromCountry, @Nullable String toCity,
		@Nullable String toState, @Nullable String toZip, @Nullable String toCountry, @Nullable String messageType,
		@Nullable String profileName, @Nullable String waId, @Nullable Boolean forwarded,
		@Nullable Boolean frequentlyForwarded, @Nullable String buttonText, @Nullable String buttonPayload,
		@Nullable Double latitude, @Nullable Double longitude, @Nullable String address, @Nullable String label,
		@Nullable String referralBody, @Nullable String referralHeadline, @Nullable String referralSourceId,
		@Nullable String referralSourceType, @Nullable String referralSourceUrl, @Nullable String referralMediaId,
		@Nullable String referralMediaContentType, @Nullable String referralMediaUrl,
		@Nullable Integer referralNumMedia, @Nullable String referralCtwaClid,
		@Nullable String originalRepliedMessageSender, @Nullable String originalRepliedMessageSid,
		@Nullable String addOns, WebhookParameters params) {

	/**
	 * Create an instance, copying the media list and checking that it and the parameters
	 * are present.
	 */
	public InboundMessage {
		Assert.notNull(media, "'media' must not be null");
		WebhookParameters.checkPresent(params);
		media = List.copyOf(media);
	}

	/**
	 * Read a message from webhook parameters.
	 * @param params the parameters of the request
	 * @return the message
	 * @throws InvalidWebhookPayloadException if a numeric or boolean parameter has an
	 * invalid value
	 */
	public static InboundMessage from(WebhookParameters params) {
		return new InboundMessage(params.get("MessageSid"), params.get("SmsSid"), params.get("SmsMessageSid"),
				params.get("AccountSid"), params.get("MessagingServiceSid"), params.get("From"), params.get("To"),
				params.get("Body"), params.getInteger("NumMedia"), params.getInteger("NumSegments"), media(params),
				params.getEnum("SmsStatus", Message.Status::from), params.get("ApiVersion"), params.get("FromCity"),
				params.get("FromState"), params.get("FromZip"), params.get("FromCountry"), params.get("ToCity"),
				params.get("ToState"), params.get("ToZip"), params.get("ToCountry"), params.get("MessageType"),
				params.get("ProfileName"), params.get("WaId"), params.getBoolean("Forwarded"),
				params.getBoolean("FrequentlyForwarded"), params.get("ButtonText"), params.get("ButtonPayload"),
				params.getDouble("Latitude"), params.getDouble("Longitude"), params.get("Address"), params.get("Label"),
				params.get("ReferralBody"), params.get("ReferralHeadline"), params.get("ReferralSourceId"),
				params.get("ReferralSourceType"), params.get("ReferralSourceUrl"), params.get("ReferralMediaId"),
				params.get("ReferralMediaContentType"), params.get("ReferralMediaUrl"),
				params.getInteger("ReferralNumMedia"), params.get("ReferralCtwaClid"),
				params.get("OriginalRepliedMessageSender"), params.get("OriginalRepliedMessageSid"),
				params.get("AddOns"), params);
	}

	private static List<Media> media(WebhookParameters params) {
		List<Media> media = new ArrayList<>();
		for (int index : params.indexesOf("MediaUrl")) {
			String url = params.get("MediaUrl" + index);
			if (url != null && !url.isEmpty()) {
				media.add(new Media(url, params.get("MediaContentType" + index)));
			}
		}
		return media;
	}

	/**
	 * Return the kind of keyword that the message was, as Advanced Opt-Out of the
	 * Messaging Service that received it tells: {@link OptOutType#STOP},
	 * {@link OptOutType#START} or {@link OptOutType#HELP} ({@code OptOutType}).
	 * @return the kind, {@link OptOutType#UNKNOWN} for a value this version does not
	 * know, or {@code null} if the message was no keyword or Advanced Opt-Out is off
	 */
	public @Nullable OptOutType optOutType() {
		return this.params.getEnum("OptOutType", OptOutType::from);
	}

	/**
	 * Return the category of the button the user pressed in a rich message, which Twilio
	 * sends with {@code ButtonText} and {@code ButtonPayload}: {@code REPLY} or
	 * {@code ACTION} ({@code ButtonType}).
	 * @return the category, or {@code null} if Twilio sent none
	 */
	public @Nullable String buttonType() {
		return this.params.get("ButtonType");
	}

	/**
	 * Return whether the message has media attached.
	 * @return whether there is at least one media item
	 */
	public boolean hasMedia() {
		return !this.media.isEmpty();
	}

	/**
	 * Kind of keyword that an incoming message was, as Advanced Opt-Out tells it
	 * ({@code OptOutType}), whichever of the keywords configured for it the sender used.
	 * Values Twilio adds later map to {@link #UNKNOWN}.
	 *
	 * @since 1.0.0
	 */
	public enum OptOutType implements TwilioEnum {

		/** An opt-out keyword, such as {@code STOP}: Twilio sends the sender no more messages. */
		STOP("STOP"),

		/** An opt-in keyword, such as {@code START}: the sender receives messages again. */
		START("START"),

		/** A help keyword, such as {@code HELP}. */
		HELP("HELP"),

		/** A kind this version does not know. */
		UNKNOWN("unknown");

		private final String value;

		OptOutType(String value) {
			this.value = value;
		}

		@Override
		public String value() {
			return this.value;
		}

		/**
		 * Return the kind with the given Twilio value, ignoring case.
		 * @param value the Twilio value, such as {@code STOP}
		 * @return the kind, or {@link #UNKNOWN} for an unknown value
		 */
		@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
		public static OptOutType from(String value) {
			return TwilioEnums.from(OptOutType.class, value, UNKNOWN);
		}

		@Override
		public String toString() {
			return this.value;
		}

	}

	/**
	 * A media item of an MMS or WhatsApp message.
	 *
	 * @param url URL of the media, on Twilio's API ({@code MediaUrlN})
	 * @param contentType content type of the media, such as {@code image/jpeg}
	 * ({@code MediaContentTypeN})
	 */
	public record Media(String url, @Nullable String contentType) {

	}

}
