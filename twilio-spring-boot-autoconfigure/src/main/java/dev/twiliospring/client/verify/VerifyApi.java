package dev.twiliospring.client.verify;

import org.springframework.util.Assert;

import dev.twiliospring.client.TwilioApiException;
import dev.twiliospring.client.TwilioClient;
import dev.twiliospring.client.TwilioErrorCodes;

/**
 * Entry point to Twilio Verify on {@code verify.twilio.com}: send one-time codes and check
 * them. Requests share the client's credentials, region, edge, retries and observation.
 * <pre class="code">
 * client.verify().start(serviceSid, "+15017122661", VerificationChannel.SMS);
 * // later, with the code the user entered
 * try {
 *     if (client.verify().check(serviceSid, "+15017122661", code).isApproved()) {
 *         // signed in
 *     }
 *     // otherwise the code was wrong: the verification stays pending, the user may retry
 * }
 * catch (VerificationNotFoundException ex) {
 *     // most likely expired, already approved or too many attempts: start a new
 *     // verification (a wrong service SID gets the same answer from Twilio)
 * }
 * catch (TwilioApiException ex) {
 *     if (!ex.hasCode(TwilioErrorCodes.VERIFY_MAX_CHECK_ATTEMPTS)) {
 *         throw ex;
 *     }
 *     // this check was one wrong code too many: start a new verification
 * }
 * </pre>
 * Limits on one verification are Twilio errors with HTTP status 429 that the client
 * never retries: {@link TwilioErrorCodes#VERIFY_MAX_CHECK_ATTEMPTS 60202} for the check
 * after five wrong codes, {@link TwilioErrorCodes#VERIFY_MAX_SEND_ATTEMPTS 60203} for
 * the sixth start for one recipient while its verification is pending. Parameters that
 * Twilio refuses, such as a {@code To} that is no phone number, are
 * {@link TwilioErrorCodes#VERIFY_INVALID_PARAMETER 60200}.
 *
 * @since 1.0.0
 * @see TwilioClient#verify()
 */
public final class VerifyApi {

	private final TwilioClient client;

	/**
	 * Create the API for a client.
	 * @param client the client
	 */
	public VerifyApi(TwilioClient client) {
		Assert.notNull(client, "Client must not be null");
		this.client = client;
	}

	/**
	 * Send a one-time code.
	 * @param serviceSid the SID of the Verify service ({@code VA...})
	 * @param to the phone number in E.164 format, or the email address for
	 * {@link VerificationChannel#EMAIL}
	 * @param channel the channel that delivers the code
	 * @return the verification, {@code pending} until the code is checked
	 * @throws TwilioApiException with {@link TwilioErrorCodes#VERIFY_MAX_SEND_ATTEMPTS
	 * 60203} once the code was sent too often to the recipient, and with
	 * {@link TwilioErrorCodes#VERIFY_INVALID_PARAMETER 60200} for a recipient Twilio
	 * refuses
	 */
	public Verification start(String serviceSid, String to, VerificationChannel channel) {
		return verifications(serviceSid).create(VerificationCreateRequest.of(to, channel));
	}

	/**
	 * Check the code a user entered against the pending verification of a recipient.
	 * @param serviceSid the SID of the Verify service ({@code VA...})
	 * @param to the phone number or email address the code was sent to
	 * @param code the code the user entered
	 * @return the check: {@link VerificationCheck#isApproved() approved} for the right
	 * code, {@code pending} for a wrong one
	 * @throws VerificationNotFoundException if Twilio finds no verification pending for
	 * the recipient: most likely it expired, was already approved or canceled, or reached
	 * its maximum attempts; a wrong or deleted service SID gets the same answer
	 * @throws TwilioApiException with {@link TwilioErrorCodes#VERIFY_MAX_CHECK_ATTEMPTS
	 * 60202} for the check that is one wrong code too many, after which the verification
	 * is {@code max_attempts_reached}
	 */
	public VerificationCheck check(String serviceSid, String to, String code) {
		return verificationChecks(serviceSid).create(VerificationCheckCreateRequest.of(to, code));
	}

	/**
	 * Return the Verify Services resource ({@code /v2/Services}).
	 * @return the services resource
	 */
	public VerifyServiceResource services() {
		return new VerifyServiceResource(this.client);
	}

	/**
	 * Return the verifications of a service
	 * ({@code /v2/Services/{ServiceSid}/Verifications}).
	 * @param serviceSid the SID of the Verify service ({@code VA...})
	 * @return the verifications resource
	 */
	public VerificationResource verifications(String serviceSid) {
		return new VerificationResource(this.client, serviceSid);
	}

	/**
	 * Return the verification checks of a service
	 * ({@code /v2/Services/{ServiceSid}/VerificationCheck}).
	 * @param serviceSid the SID of the Verify service ({@code VA...})
	 * @return the verification checks resource
	 */
	public VerificationCheckResource verificationChecks(String serviceSid) {
		return new VerificationCheckResource(this.client, serviceSid);
	}

}
