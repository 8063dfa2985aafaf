package dev.twiliospring.client.verify;

import org.springframework.util.Assert;

import dev.twiliospring.client.TwilioApiException;
import dev.twiliospring.client.TwilioClient;
import dev.twiliospring.client.TwilioDomain;
import dev.twiliospring.client.TwilioRequest;
import dev.twiliospring.client.TwilioResponse;

/**
 * Checks codes against the verifications of a Verify Service,
 * {@code /v2/Services/{ServiceSid}/VerificationCheck} on {@code verify.twilio.com}.
 * <p>
 * A right code answers {@code approved}, a wrong one {@code pending}. A code checked
 * against a verification that expired, was already approved or canceled, or reached its
 * maximum attempts, throws {@link VerificationNotFoundException}, as does one checked in
 * a Verify service that does not exist.
 *
 * @since 1.0.0
 * @see VerifyApi#verificationChecks(String)
 */
public final class VerificationCheckResource {

	static final String PATH = "/v2/Services/{ServiceSid}/VerificationCheck";

	private final TwilioClient client;

	private final String serviceSid;

	/**
	 * Create the resource for a client and Verify service.
	 * @param client the client
	 * @param serviceSid the SID of the Verify service
	 */
	public VerificationCheckResource(TwilioClient client, String serviceSid) {
		Assert.notNull(client, "Client must not be null");
		Assert.hasText(serviceSid, "Verify service SID must not be empty");
		this.client = client;
		this.serviceSid = serviceSid;
	}

	/**
	 * Check a code.
	 * @param request the code and the verification it is for
	 * @return the check, {@link VerificationCheck#isApproved() approved} for the right code
	 * @throws VerificationNotFoundException if Twilio finds no pending verification to
	 * check, or no such Verify service
	 */
	public VerificationCheck create(VerificationCheckCreateRequest request) {
		return createWithResponse(request).body();
	}

	/**
	 * Check a code, keeping status and headers.
	 * @param request the code and the verification it is for
	 * @return the response holding the check
	 * @throws VerificationNotFoundException if Twilio finds no pending verification to
	 * check, or no such Verify service
	 */
	public TwilioResponse<VerificationCheck> createWithResponse(VerificationCheckCreateRequest request) {
		Assert.notNull(request, "Request must not be null");
		TwilioRequest check = TwilioRequest.post(TwilioDomain.VERIFY, PATH)
			.pathVariable("ServiceSid", this.serviceSid)
			.params(request.parameters())
			.build();
		try {
			return this.client.executeForResponse(check, VerificationCheck.class);
		}
		catch (TwilioApiException ex) {
			if (VerificationNotFoundException.isNotFound(ex)) {
				throw new VerificationNotFoundException(this.serviceSid, ex);
			}
			throw ex;
		}
	}

}
