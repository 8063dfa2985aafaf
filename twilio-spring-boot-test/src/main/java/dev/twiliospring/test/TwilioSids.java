package dev.twiliospring.test;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * Creates SIDs shaped like Twilio's: a two letter prefix naming the resource followed by
 * 32 lowercase hex characters, such as {@code SM} for a message or {@code CA} for a call.
 *
 * @since 1.0.0
 */
public final class TwilioSids {

	/** Prefix of an account SID. */
	public static final String ACCOUNT = "AC";

	/** Prefix of an SMS or WhatsApp message SID. */
	public static final String MESSAGE = "SM";

	/** Prefix of an MMS message SID. */
	public static final String MMS_MESSAGE = "MM";

	/** Prefix of a media SID. */
	public static final String MEDIA = "ME";

	/** Prefix of a call SID. */
	public static final String CALL = "CA";

	/** Prefix of a recording SID. */
	public static final String RECORDING = "RE";

	/** Prefix of an incoming phone number SID. */
	public static final String PHONE_NUMBER = "PN";

	/** Prefix of a messaging service SID. */
	public static final String MESSAGING_SERVICE = "MG";

	/** Prefix of a request id, as in the {@code Twilio-Request-Id} header. */
	public static final String REQUEST = "RQ";

	private static final Pattern SID = Pattern.compile("[A-Z]{2}[0-9a-f]{32}");

	private static final Random random = new SecureRandom();

	private TwilioSids() {
	}

	/**
	 * Return a new random SID.
	 * @param prefix the two letter prefix, such as {@link #MESSAGE}
	 * @return the SID
	 */
	public static String next(String prefix) {
		if (prefix.length() != 2 || !isAsciiCapital(prefix.charAt(0)) || !isAsciiCapital(prefix.charAt(1))) {
			throw new IllegalArgumentException("SID prefix must be two capital letters A to Z, such as SM, but was '"
					+ prefix + "'");
		}
		byte[] bytes = new byte[16];
		random.nextBytes(bytes);
		return prefix + HexFormat.of().formatHex(bytes);
	}

	/**
	 * Whether a character is one of {@code A} to {@code Z}: a capital of another script,
	 * such as the dotted {@code İ} that the Turkish locale upper-cases {@code i} to, makes
	 * no SID that {@link #isSid} accepts.
	 */
	private static boolean isAsciiCapital(char c) {
		return c >= 'A' && c <= 'Z';
	}

	/**
	 * Return whether a value is a SID with the given prefix.
	 * @param prefix the expected two letter prefix
	 * @param value the value to check
	 * @return whether the value is such a SID
	 */
	public static boolean isSid(String prefix, String value) {
		return value.startsWith(prefix) && SID.matcher(value).matches();
	}

}
