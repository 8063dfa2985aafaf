package dev.twiliospring.client.verify;

import dev.twiliospring.client.TwilioApiException;
import dev.twiliospring.client.TwilioErrorCodes;

/**
 * Thrown when a code is checked against a verification that no longer exists: Twilio
 * answers {@code 404} with error {@link TwilioErrorCodes#NOT_FOUND 20404} once a
 * verification expired (after 10 minutes by default), was approved, was canceled or
 * reached its maximum number of attempts. Start a new verification to send a new code.
 * <p>
 * The HTTP status, error code and request id are those of Twilio's answer.
 *
 * @since 1.0.0
 * @see VerifyApi#check(String, String, String)
 */
public class VerificationNotFoundException extends TwilioApiException {

	private static final long serialVersionUID = 1L;

	private final String serviceSid;

	/**
	 * Create an exception from Twilio's answer.
	 * @param serviceSid the SID of the Verify service
	 * @param cause the error Twilio answered with
	 */
	public VerificationNotFoundException(String serviceSid, TwilioApiException cause) {
		super("No pending verification to check in Verify service " + serviceSid
				+ ": it expired, was already approved or canceled, or reached its maximum attempts. "
				+ "Start a new verification to send a new code (Twilio error " + cause.getCode() + ", HTTP "
				+ cause.getStatusCode() + ")", cause.getStatusCode(), cause.getCode(), cause.getErrorMessage(),
				cause.getMoreInfo(), cause.getDetails(), cause.getRequestId());
		initCause(cause);
		this.serviceSid = serviceSid;
	}

	/**
	 * Return the SID of the Verify service the code was checked in.
	 * @return the service SID
	 */
	public String getServiceSid() {
		return this.serviceSid;
	}

	static boolean isNotFound(TwilioApiException ex) {
		return ex.getStatusCode() == 404 && ex.hasCode(TwilioErrorCodes.NOT_FOUND);
	}

}
