package dev.twiliospring.client;

/**
 * Frequently handled Twilio error codes, as found in {@link TwilioApiException#getCode()}
 * and in message status callbacks ({@code ErrorCode}). The full list is at
 * <a href="https://www.twilio.com/docs/api/errors">twilio.com/docs/api/errors</a>.
 *
 * @since 1.0.0
 */
public final class TwilioErrorCodes {

	/** Authentication failed: wrong account SID, auth token or API key. */
	public static final int AUTHENTICATION_FAILED = 20003;

	/** The resource is not accessible with test credentials. */
	public static final int TEST_CREDENTIALS_NOT_SUPPORTED = 20008;

	/** The requested resource was not found. */
	public static final int NOT_FOUND = 20404;

	/** Too many requests: the account's rate or concurrency limit was exceeded. */
	public static final int TOO_MANY_REQUESTS = 20429;

	/** Twilio had an internal error. */
	public static final int INTERNAL_SERVER_ERROR = 20500;

	/** The service is temporarily unavailable. */
	public static final int SERVICE_UNAVAILABLE = 20503;

	/** The 'To' phone number is not valid. */
	public static final int INVALID_TO_NUMBER = 21211;

	/** The 'From' phone number is not valid. */
	public static final int INVALID_FROM_NUMBER = 21212;

	/** The account has no permission to send messages to the region of the 'To' number. */
	public static final int REGION_PERMISSION_NOT_ENABLED = 21408;

	/** The phone number to buy is no longer available: search again. */
	public static final int PHONE_NUMBER_NOT_AVAILABLE = 21422;

	/** No phone numbers are available in the area code asked for. */
	public static final int NO_NUMBERS_IN_AREA_CODE = 21452;

	/** A message body is required. */
	public static final int MESSAGE_BODY_REQUIRED = 21602;

	/** The 'From' number is not a message-capable Twilio number for this destination. */
	public static final int FROM_NUMBER_NOT_MESSAGE_CAPABLE = 21606;

	/** A trial account can only send to verified numbers. */
	public static final int TO_NUMBER_NOT_VERIFIED = 21608;

	/** The recipient replied STOP and is unsubscribed from this sender. */
	public static final int UNSUBSCRIBED_RECIPIENT = 21610;

	/** The 'To' number is not a mobile number. */
	public static final int TO_NUMBER_NOT_MOBILE = 21614;

	/** The message body exceeds the 1600 character limit. */
	public static final int MESSAGE_BODY_TOO_LONG = 21617;

	/** Delivery failed: the destination handset is unreachable. */
	public static final int UNREACHABLE_DESTINATION = 30003;

	/** Delivery failed: the message was blocked. */
	public static final int MESSAGE_BLOCKED = 30004;

	/** Delivery failed: the destination handset is unknown or no longer exists. */
	public static final int UNKNOWN_DESTINATION = 30005;

	/** Delivery failed: the destination is a landline or its carrier is unreachable. */
	public static final int LANDLINE_OR_UNREACHABLE_CARRIER = 30006;

	/** Delivery failed: the message was filtered by the carrier. */
	public static final int MESSAGE_FILTERED = 30007;

	/** Delivery failed for an unknown reason. */
	public static final int UNKNOWN_DELIVERY_ERROR = 30008;

	/** Delivery failed: US A2P 10DLC message from an unregistered number. */
	public static final int UNREGISTERED_NUMBER = 30034;

	/**
	 * WhatsApp: a free-form message to a user outside the 24-hour window since the user's
	 * last message, which only a template ({@code ContentSid}) may be sent in.
	 */
	public static final int WHATSAPP_OUTSIDE_SESSION_WINDOW = 63016;

	/** Verify: a parameter is invalid, such as a {@code To} that is no E.164 number. */
	public static final int VERIFY_INVALID_PARAMETER = 60200;

	/** Verify: too many wrong codes were checked; the verification can no longer be approved. */
	public static final int VERIFY_MAX_CHECK_ATTEMPTS = 60202;

	/** Verify: the code was sent too often to the recipient; wait for it to expire. */
	public static final int VERIFY_MAX_SEND_ATTEMPTS = 60203;

	/** Verify: the number is a landline and the service skips SMS to landlines; use another channel. */
	public static final int VERIFY_SMS_TO_LANDLINE = 60205;

	/** Verify: too many verifications were started for the number in a short time, possibly fraud. */
	public static final int VERIFY_TOO_MANY_CONCURRENT_REQUESTS = 60212;

	/** Verify: Fraud Guard blocked the delivery to the number's prefix for a while. */
	public static final int VERIFY_DELIVERY_BLOCKED = 60410;

	private TwilioErrorCodes() {
	}

}
