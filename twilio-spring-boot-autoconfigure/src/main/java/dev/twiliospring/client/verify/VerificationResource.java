package dev.twiliospring.client.verify;

import org.springframework.util.Assert;

import dev.twiliospring.client.TwilioApiException;
import dev.twiliospring.client.TwilioClient;
import dev.twiliospring.client.TwilioDomain;
import dev.twiliospring.client.TwilioRequest;
import dev.twiliospring.client.TwilioResponse;

/**
 * Operations on the verifications of a Verify Service,
 * {@code /v2/Services/{ServiceSid}/Verifications} on {@code verify.twilio.com}: start, fetch, cancel
 * and approve verifications.
 * <p>
 * Every operation has a {@code ...WithResponse} variant that also returns the HTTP
 * status, headers and Twilio request id.
 *
 * @since 1.0.0
 * @see VerifyApi#verifications(String)
 */
public final class VerificationResource {

	static final String LIST_PATH = "/v2/Services/{ServiceSid}/Verifications";

	static final String INSTANCE_PATH = "/v2/Services/{ServiceSid}/Verifications/{Sid}";

	private final TwilioClient client;

	private final String serviceSid;

	/**
	 * Create the resource for a client and Verify service.
	 * @param client the client
	 * @param serviceSid the SID of the Verify service
	 */
	public VerificationResource(TwilioClient client, String serviceSid) {
		Assert.notNull(client, "Client must not be null");
		this.client = client;
		Assert.hasText(serviceSid, "Verify service SID must not be empty");
		this.serviceSid = serviceSid;
	}

	/**
	 * Start a verification: send a code to the recipient.
	 * @param request the verification
	 * @return the verification, {@code pending} until the code is checked
	 */
	public Verification create(VerificationCreateRequest request) {
		return createWithResponse(request).body();
	}

	/**
	 * Start a verification, keeping status and headers.
	 * @param request the verification
	 * @return the response holding the verification, {@code pending} until the code is
	 * checked
	 */
	public TwilioResponse<Verification> createWithResponse(VerificationCreateRequest request) {
		Assert.notNull(request, "Request must not be null");
		return this.client.executeForResponse(TwilioRequest.post(TwilioDomain.VERIFY, LIST_PATH)
			.pathVariable("ServiceSid", this.serviceSid)
			.params(request.parameters())
			.build(), Verification.class);
	}

	/**
	 * Fetch a verification: one that is pending, or was canceled. Twilio deletes a
	 * verification once it is approved, expired or out of check attempts, so its status is
	 * never one of those.
	 * @param sid the verification SID
	 * @return the verification
	 * @throws VerificationNotFoundException if Twilio knows no such verification: most
	 * likely it was approved, expired or reached its maximum attempts, or the
	 * verification or Verify service SID is wrong
	 */
	public Verification fetch(String sid) {
		return fetchWithResponse(sid).body();
	}

	/**
	 * Fetch a verification, keeping status and headers: one that is pending, or was
	 * canceled. Twilio deletes a verification once it is approved, expired or out of check
	 * attempts, so its status is never one of those.
	 * @param sid the verification SID
	 * @return the response holding the verification
	 * @throws VerificationNotFoundException if Twilio knows no such verification: most
	 * likely it was approved, expired or reached its maximum attempts, or the
	 * verification or Verify service SID is wrong
	 */
	public TwilioResponse<Verification> fetchWithResponse(String sid) {
		TwilioRequest request = instance(TwilioRequest.get(TwilioDomain.VERIFY, INSTANCE_PATH), sid);
		try {
			return this.client.executeForResponse(request, Verification.class);
		}
		catch (TwilioApiException ex) {
			if (VerificationNotFoundException.isNotFound(ex)) {
				throw VerificationNotFoundException.fetch(this.serviceSid, ex);
			}
			throw ex;
		}
	}

	/**
	 * Cancel a pending verification, so that its code is no longer accepted.
	 * @param sid the verification SID
	 * @return the canceled verification
	 * @throws VerificationNotFoundException if the verification is not pending (expired,
	 * approved, canceled or out of attempts), or Twilio knows no such verification or
	 * Verify service
	 */
	public Verification cancel(String sid) {
		return cancelWithResponse(sid).body();
	}

	/**
	 * Cancel a pending verification, so that its code is no longer accepted, keeping status
	 * and headers.
	 * @param sid the verification SID
	 * @return the response holding the canceled verification
	 * @throws VerificationNotFoundException if the verification is not pending (expired,
	 * approved, canceled or out of attempts), or Twilio knows no such verification or
	 * Verify service
	 */
	public TwilioResponse<Verification> cancelWithResponse(String sid) {
		return update(sid, VerificationStatus.CANCELED, "cancel");
	}

	/**
	 * Approve a pending verification without a code, such as after verifying the user
	 * another way.
	 * @param sid the verification SID
	 * @return the approved verification
	 * @throws VerificationNotFoundException if the verification is not pending (expired,
	 * approved, canceled or out of attempts), or Twilio knows no such verification or
	 * Verify service
	 */
	public Verification approve(String sid) {
		return approveWithResponse(sid).body();
	}

	/**
	 * Approve a pending verification without a code, such as after verifying the user
	 * another way, keeping status and headers.
	 * @param sid the verification SID
	 * @return the response holding the approved verification
	 * @throws VerificationNotFoundException if the verification is not pending (expired,
	 * approved, canceled or out of attempts), or Twilio knows no such verification or
	 * Verify service
	 */
	public TwilioResponse<Verification> approveWithResponse(String sid) {
		return update(sid, VerificationStatus.APPROVED, "approve");
	}

	private TwilioResponse<Verification> update(String sid, VerificationStatus status, String action) {
		TwilioRequest request = instance(TwilioRequest.post(TwilioDomain.VERIFY, INSTANCE_PATH).param("Status", status),
				sid);
		try {
			return this.client.executeForResponse(request, Verification.class);
		}
		catch (TwilioApiException ex) {
			if (VerificationNotFoundException.isNotFound(ex)) {
				throw new VerificationNotFoundException(action, this.serviceSid, ex);
			}
			throw ex;
		}
	}

	private TwilioRequest instance(TwilioRequest.Builder builder, String sid) {
		Assert.hasText(sid, "Verification SID must not be empty");
		return builder.pathVariable("ServiceSid", this.serviceSid)
			.pathVariable("Sid", sid)
			.build();
	}

}
