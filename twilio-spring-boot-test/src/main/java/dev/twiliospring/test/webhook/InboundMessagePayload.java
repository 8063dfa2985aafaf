package dev.twiliospring.test.webhook;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;

import dev.twiliospring.test.TwilioSids;
import dev.twiliospring.webhook.InboundMessage;
import org.jspecify.annotations.Nullable;

/**
 * Payload of an incoming SMS, MMS or WhatsApp message, as Twilio posts it to a messaging
 * webhook ({@code MessageSid}, {@code From}, {@code To}, {@code Body},
 * {@code NumMedia}, {@code MediaUrl0}, ...).
 * <p>
 * The message SID starts with {@code SM}, or {@code MM} once media is attached, unless
 * one is set. On the WhatsApp channel, numbers get the {@code whatsapp:} prefix and
 * {@code WaId}, {@code ProfileName} and {@code MessageType} are sent.
 * <p>
 * The methods that set a WhatsApp parameter ({@link #profileName(String)},
 * {@link #messageType(String)}, {@link #button(String, String)},
 * {@link #location(double, double, String, String)}, {@link #forwarded()},
 * {@link #frequentlyForwarded()} and {@link #inReplyTo(String, String)}) throw an
 * {@link IllegalStateException} on an SMS or MMS payload, which Twilio sends without
 * them, rather than leave them out unnoticed. Send one anyway with
 * {@link #param(String, String...)}.
 *
 * @since 1.0.0
 * @see TwilioWebhookPayloads#inboundSms()
 * @see TwilioWebhookPayloads#inboundMms()
 * @see TwilioWebhookPayloads#inboundWhatsApp()
 */
public final class InboundMessagePayload extends WebhookPayload<InboundMessagePayload> {

	/**
	 * The characters of GSM-7's basic set (3GPP TS 23.038), but for the escape to the
	 * extension table.
	 */
	private static final String GSM7_BASIC = "@\u00a3$\u00a5\u00e8\u00e9\u00f9\u00ec\u00f2\u00c7\n\u00d8\u00f8\r"
			+ "\u00c5\u00e5\u0394_\u03a6\u0393\u039b\u03a9\u03a0\u03a8\u03a3\u0398\u039e\u00c6\u00e6\u00df\u00c9"
			+ " !\"#\u00a4%&'()*+,-./0123456789:;<=>?\u00a1ABCDEFGHIJKLMNOPQRSTUVWXYZ\u00c4\u00d6\u00d1\u00dc\u00a7"
			+ "\u00bfabcdefghijklmnopqrstuvwxyz\u00e4\u00f6\u00f1\u00fc\u00e0";

	/**
	 * The characters of GSM-7's extension table, which take an escape and a septet.
	 */
	private static final String GSM7_EXTENSION = "\f^{}\\[~]|\u20ac";

	private static final String WHATSAPP = "whatsapp:";

	private final boolean whatsApp;

	private final String generatedSid = TwilioSids.next(TwilioSids.MESSAGE).substring(2);

	private @Nullable String messageSid;

	private String from = "+14155550100";

	private String to = "+14155550199";

	private String body = "Hello";

	private final List<Media> media = new ArrayList<>();

	private @Nullable String messagingServiceSid;

	private @Nullable Integer numSegments;

	private @Nullable String optOutType;

	private String profileName = "Alex";

	private @Nullable String messageType;

	private @Nullable String buttonText;

	private @Nullable String buttonPayload;

	private @Nullable Double latitude;

	private @Nullable Double longitude;

	private @Nullable String address;

	private @Nullable String label;

	private boolean forwarded;

	private boolean frequentlyForwarded;

	private @Nullable String originalRepliedMessageSid;

	private @Nullable String originalRepliedMessageSender;

	InboundMessagePayload(boolean whatsApp) {
		this.whatsApp = whatsApp;
	}

	/**
	 * Set the SID of the message ({@code MessageSid}, {@code SmsSid} and
	 * {@code SmsMessageSid}).
	 * @param messageSid the message SID
	 * @return this payload
	 */
	public InboundMessagePayload messageSid(String messageSid) {
		this.messageSid = messageSid;
		return this;
	}

	/**
	 * Return the SID of the message.
	 * @return the message SID
	 */
	public String getMessageSid() {
		if (this.messageSid != null) {
			return this.messageSid;
		}
		return (this.media.isEmpty() ? TwilioSids.MESSAGE : TwilioSids.MMS_MESSAGE) + this.generatedSid;
	}

	/**
	 * Set the sender ({@code From}).
	 * @param from the sender's number in E.164 format; on the WhatsApp channel the
	 * {@code whatsapp:} prefix is added when missing
	 * @return this payload
	 */
	public InboundMessagePayload from(String from) {
		this.from = from;
		return this;
	}

	/**
	 * Return the sender as sent in {@code From}.
	 * @return the sender
	 */
	public String getFrom() {
		return address(this.from);
	}

	/**
	 * Set the recipient, the application's Twilio number ({@code To}).
	 * @param to the recipient's number in E.164 format; on the WhatsApp channel the
	 * {@code whatsapp:} prefix is added when missing
	 * @return this payload
	 */
	public InboundMessagePayload to(String to) {
		this.to = to;
		return this;
	}

	/**
	 * Return the recipient as sent in {@code To}.
	 * @return the recipient
	 */
	public String getTo() {
		return address(this.to);
	}

	/**
	 * Set the text of the message ({@code Body}).
	 * @param body the text
	 * @return this payload
	 */
	public InboundMessagePayload body(String body) {
		this.body = body;
		return this;
	}

	/**
	 * Attach a media item ({@code MediaUrlN} and {@code MediaContentTypeN}).
	 * @param url the URL of the media
	 * @param contentType the content type, such as {@code image/jpeg}
	 * @return this payload
	 */
	public InboundMessagePayload media(String url, String contentType) {
		this.media.add(new Media(url, contentType, TwilioSids.next(TwilioSids.MEDIA)));
		return this;
	}

	/**
	 * Attach a media item hosted on Twilio's API, as Twilio does for received MMS.
	 * @param contentType the content type, such as {@code image/jpeg}
	 * @return this payload
	 */
	public InboundMessagePayload media(String contentType) {
		this.media.add(new Media(null, contentType, TwilioSids.next(TwilioSids.MEDIA)));
		return this;
	}

	/**
	 * Remove all media items.
	 * @return this payload
	 */
	public InboundMessagePayload noMedia() {
		this.media.clear();
		return this;
	}

	/**
	 * Set the SID of the messaging service the number belongs to
	 * ({@code MessagingServiceSid}).
	 * @param messagingServiceSid the messaging service SID
	 * @return this payload
	 */
	public InboundMessagePayload messagingServiceSid(String messagingServiceSid) {
		this.messagingServiceSid = messagingServiceSid;
		return this;
	}

	/**
	 * Set the number of segments ({@code NumSegments}), computed from the body when not
	 * set.
	 * @param numSegments the number of segments
	 * @return this payload
	 */
	public InboundMessagePayload numSegments(int numSegments) {
		this.numSegments = numSegments;
		return this;
	}

	/**
	 * Set the kind of keyword that Advanced Opt-Out of the Messaging Service found the
	 * message to be ({@code OptOutType}), which Twilio sends only for such a keyword.
	 * @param optOutType the kind, such as {@code STOP}, also one that this version does
	 * not know, to test how a handler takes it
	 * @return this payload
	 * @see #optOutType(InboundMessage.OptOutType)
	 */
	public InboundMessagePayload optOutType(String optOutType) {
		this.optOutType = optOutType;
		return this;
	}

	/**
	 * Set the kind of keyword that Advanced Opt-Out of the Messaging Service found the
	 * message to be ({@code OptOutType}), which Twilio sends only for such a keyword.
	 * @param optOutType the kind
	 * @return this payload
	 * @see #optOutType(String)
	 */
	public InboundMessagePayload optOutType(InboundMessage.OptOutType optOutType) {
		return optOutType(optOutType.value());
	}

	/**
	 * Set the sender's WhatsApp profile name ({@code ProfileName}).
	 * @param profileName the profile name
	 * @return this payload
	 * @throws IllegalStateException on an SMS or MMS payload
	 */
	public InboundMessagePayload profileName(String profileName) {
		requireWhatsApp("profileName(...)", "ProfileName");
		this.profileName = profileName;
		return this;
	}

	/**
	 * Set the WhatsApp message type ({@code MessageType}), such as {@code text},
	 * {@code image}, {@code location} or {@code button}.
	 * @param messageType the message type
	 * @return this payload
	 * @throws IllegalStateException on an SMS or MMS payload
	 */
	public InboundMessagePayload messageType(String messageType) {
		requireWhatsApp("messageType(...)", "MessageType");
		this.messageType = messageType;
		return this;
	}

	/**
	 * Make this a tap on a WhatsApp quick reply button ({@code ButtonText} and
	 * {@code ButtonPayload}, {@code MessageType} {@code button}).
	 * @param text the text of the button
	 * @param payload the payload of the button
	 * @return this payload
	 * @throws IllegalStateException on an SMS or MMS payload
	 */
	public InboundMessagePayload button(String text, String payload) {
		requireWhatsApp("button(...)", "ButtonText and ButtonPayload");
		this.buttonText = text;
		this.buttonPayload = payload;
		this.messageType = "button";
		return this;
	}

	/**
	 * Make this a shared WhatsApp location ({@code Latitude}, {@code Longitude},
	 * {@code Address} and {@code Label}, {@code MessageType} {@code location}).
	 * @param latitude the latitude
	 * @param longitude the longitude
	 * @param address the address, or {@code null}
	 * @param label the label, or {@code null}
	 * @return this payload
	 * @throws IllegalStateException on an SMS or MMS payload
	 */
	public InboundMessagePayload location(double latitude, double longitude, @Nullable String address,
			@Nullable String label) {
		requireWhatsApp("location(...)", "Latitude, Longitude, Address and Label");
		this.latitude = latitude;
		this.longitude = longitude;
		this.address = address;
		this.label = label;
		this.messageType = "location";
		return this;
	}

	/**
	 * Make this a forwarded WhatsApp message ({@code Forwarded=true}).
	 * @return this payload
	 * @throws IllegalStateException on an SMS or MMS payload
	 */
	public InboundMessagePayload forwarded() {
		requireWhatsApp("forwarded()", "Forwarded");
		this.forwarded = true;
		return this;
	}

	/**
	 * Make this a WhatsApp message forwarded many times ({@code Forwarded=true} and
	 * {@code FrequentlyForwarded=true}).
	 * @return this payload
	 * @throws IllegalStateException on an SMS or MMS payload
	 */
	public InboundMessagePayload frequentlyForwarded() {
		requireWhatsApp("frequentlyForwarded()", "Forwarded and FrequentlyForwarded");
		this.forwarded = true;
		this.frequentlyForwarded = true;
		return this;
	}

	/**
	 * Make this a WhatsApp reply to an earlier message ({@code OriginalRepliedMessageSid}
	 * and {@code OriginalRepliedMessageSender}).
	 * @param messageSid the SID of the message replied to
	 * @param sender the sender of the message replied to; the {@code whatsapp:} prefix
	 * is added when missing
	 * @return this payload
	 * @throws IllegalStateException on an SMS or MMS payload
	 */
	public InboundMessagePayload inReplyTo(String messageSid, String sender) {
		requireWhatsApp("inReplyTo(...)", "OriginalRepliedMessageSid and OriginalRepliedMessageSender");
		this.originalRepliedMessageSid = messageSid;
		this.originalRepliedMessageSender = sender;
		return this;
	}

	/**
	 * Refuse a WhatsApp parameter on an SMS or MMS payload, whose webhook Twilio sends
	 * without it, so that a test does not pass believing it sent one.
	 */
	private void requireWhatsApp(String method, String parameters) {
		if (!this.whatsApp) {
			throw new IllegalStateException(method + " sets " + parameters
					+ ", which Twilio does not send with an SMS or MMS: start from inboundWhatsApp(), "
					+ "or send it anyway with param(name, values)");
		}
	}

	@Override
	void contribute(Params params) {
		String sid = getMessageSid();
		String from = getFrom();
		String to = getTo();
		location(params, "To", to);
		params.put("SmsMessageSid", sid);
		params.put("NumMedia", this.media.size());
		params.put("SmsSid", sid);
		location(params, "From", from);
		params.put("SmsStatus", "received");
		params.put("Body", this.body);
		params.put("To", to);
		params.put("NumSegments", (this.numSegments != null) ? this.numSegments : segments(this.body));
		params.put("MessageSid", sid);
		params.put("From", from);
		params.put("MessagingServiceSid", this.messagingServiceSid);
		params.put("OptOutType", this.optOutType);
		for (int i = 0; i < this.media.size(); i++) {
			Media item = this.media.get(i);
			String url = (item.url() != null) ? item.url()
					: "https://api.twilio.com/2010-04-01/Accounts/" + getAccountSid() + "/Messages/" + sid + "/Media/"
							+ item.sid();
			params.put("MediaContentType" + i, item.contentType());
			params.put("MediaUrl" + i, url);
		}
		if (this.whatsApp) {
			params.put("ProfileName", this.profileName);
			params.put("WaId", from.substring(WHATSAPP.length() + 1));
			params.put("MessageType", (this.messageType != null) ? this.messageType
					: (this.media.isEmpty() ? "text" : mediaType(this.media.get(0).contentType())));
			params.put("ButtonText", this.buttonText);
			params.put("ButtonPayload", this.buttonPayload);
			params.put("Latitude", plain(this.latitude));
			params.put("Longitude", plain(this.longitude));
			params.put("Address", this.address);
			params.put("Label", this.label);
			params.put("Forwarded", this.forwarded ? true : null);
			params.put("FrequentlyForwarded", this.frequentlyForwarded ? true : null);
			params.put("OriginalRepliedMessageSid", this.originalRepliedMessageSid);
			params.put("OriginalRepliedMessageSender",
					(this.originalRepliedMessageSender != null) ? address(this.originalRepliedMessageSender) : null);
		}
	}

	/**
	 * Write a coordinate as Twilio does, without the exponent that {@link Double#toString}
	 * gives values under 0.001, such as a longitude near Greenwich.
	 */
	private static @Nullable String plain(@Nullable Double coordinate) {
		return (coordinate != null) ? BigDecimal.valueOf(coordinate).stripTrailingZeros().toPlainString() : null;
	}

	private String address(String number) {
		return (this.whatsApp && !number.startsWith(WHATSAPP)) ? WHATSAPP + number : number;
	}

	private static String mediaType(String contentType) {
		int slash = contentType.indexOf('/');
		String type = (slash > 0) ? contentType.substring(0, slash) : contentType;
		return type.equals("application") ? "document" : type;
	}

	/**
	 * Return the number of SMS segments of a body, as Twilio counts them when it does not
	 * replace characters (Smart Encoding off).
	 * <ul>
	 * <li>A body made only of characters of the GSM-7 alphabet (3GPP TS 23.038: its basic
	 * set, and {@code ^ { } \ [ ~ ] | €} and form feed from its extension table, which
	 * take two septets each) is GSM-7: 160 septets fit one segment, 153 each when split,
	 * and a two-septet character never straddles two segments.</li>
	 * <li>Any other body is UCS-2: 70 UTF-16 code units fit one segment, 67 each when
	 * split. A character outside the Basic Multilingual Plane, such as most emoji, takes
	 * two units and never straddles two segments.</li>
	 * </ul>
	 * Characters that look plain but are not in GSM-7, such as {@code `} or {@code ç},
	 * make the whole body UCS-2.
	 * @param body the text
	 * @return the number of segments, at least 1
	 */
	public static int segments(String body) {
		int septets = gsm7Septets(body);
		if (septets >= 0) {
			return (septets <= 160) ? 1 : split(body, 153, InboundMessagePayload::gsm7Length);
		}
		// A Java string counts UTF-16 code units, which are UCS-2's
		return (body.length() <= 70) ? 1 : split(body, 67, Character::charCount);
	}

	/**
	 * Return the septets a body takes in GSM-7, or -1 if it has a character GSM-7 lacks.
	 */
	private static int gsm7Septets(String body) {
		int septets = 0;
		for (int i = 0; i < body.length(); i++) {
			int length = gsm7Length(body.charAt(i));
			if (length == 0) {
				return -1;
			}
			septets += length;
		}
		return septets;
	}

	/**
	 * Return the septets a character takes in GSM-7: 1 in the basic set, 2 in the
	 * extension table (an escape and the character), 0 if GSM-7 lacks it.
	 */
	private static int gsm7Length(int c) {
		if (GSM7_BASIC.indexOf(c) >= 0) {
			return 1;
		}
		return (GSM7_EXTENSION.indexOf(c) >= 0) ? 2 : 0;
	}

	/**
	 * Count the segments of a body that must be split, with a capacity per segment in
	 * the units that {@code units} gives each code point.
	 */
	private static int split(String body, int capacity, IntUnaryOperator units) {
		int segments = 1;
		int used = 0;
		for (int i = 0; i < body.length();) {
			int codePoint = body.codePointAt(i);
			int length = units.applyAsInt(codePoint);
			if (used + length > capacity) {
				segments++;
				used = 0;
			}
			used += length;
			i += Character.charCount(codePoint);
		}
		return segments;
	}

	private record Media(@Nullable String url, String contentType, String sid) {

	}

}
