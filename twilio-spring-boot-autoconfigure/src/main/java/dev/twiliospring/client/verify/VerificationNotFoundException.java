package dev.twiliospring.client.verify;

import dev.twiliospring.client.TwilioApiException;
import dev.twiliospring.client.TwilioErrorCodes;

/**
 * Thrown when Twilio answers a code check, or the fetch, cancel or approval of a
 * verification, with {@code 404} and error {@link TwilioErrorCodes#NOT_FOUND 20404}.
 * Most likely the verification is no longer pending: it expired (after 10 minutes by
 * default), was approved, was canceled or reached its maximum number of attempts, and a
 * new verification sends a new code (a canceled verification can still be fetched).
 * Twilio gives the same answer for a Verify service SID (or, for a fetch, cancel or
 * approval, a verification SID) that is wrong or was deleted, so the message keeps
 * Twilio's own, which names the path it did not find.
 * <p>
 * The HTTP status, error code, Twilio's message, more info link and request id are those
 * of Twilio's answer.
 *
 * @since 1.0.0
 * @see VerifyApi#check(String, String, String)
 * @see VerificationResource#fetch(String)
 * @see VerificationResource#cancel(String)
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
		this("check", serviceSid, cause);
	}

	VerificationNotFoundException(String action, String serviceSid, TwilioApiException cause) {
		this("Twilio found no pending verification to " + action + " in Verify service " + serviceSid
				+ ": most likely it expired, was already approved or canceled, or reached its maximum attempts, "
				+ "and a new verification sends a new code. A wrong or deleted Verify service SID gets the same "
				+ "answer. ", cause, serviceSid);
	}

	private VerificationNotFoundException(String explanation, TwilioApiException cause, String serviceSid) {
		super(explanation + cause.getMessage(), cause.getStatusCode(), cause.getCode(), cause.getErrorMessage(),
				cause.getMoreInfo(), cause.getDetails(), cause.getRequestId(), cause.getRetryAfter());
		initCause(cause);
		this.serviceSid = serviceSid;
	}

	/**
	 * Return the exception for the fetch of a verification that Twilio did not find.
	 */
	static VerificationNotFoundException fetch(String serviceSid, TwilioApiException cause) {
		return new VerificationNotFoundException("Twilio found no verification to fetch in Verify service "
				+ serviceSid + ": most likely it was approved, expired or reached its maximum attempts, after which "
				+ "Twilio deletes it, and a new verification sends a new code. A wrong verification SID, or a "
				+ "wrong or deleted Verify service SID, gets the same answer. ", cause, serviceSid);
	}

	/**
	 * Return the SID of the Verify service the code was checked in, or the verification
	 * was fetched, canceled or approved in.
	 * @return the service SID
	 */
	public String getServiceSid() {
		return this.serviceSid;
	}

	static boolean isNotFound(TwilioApiException ex) {
		return ex.getStatusCode() == 404 && ex.hasCode(TwilioErrorCodes.NOT_FOUND);
	}

}
