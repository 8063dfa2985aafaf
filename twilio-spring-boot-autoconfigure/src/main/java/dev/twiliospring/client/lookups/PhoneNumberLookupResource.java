package dev.twiliospring.client.lookups;

import org.springframework.util.Assert;

import dev.twiliospring.client.TwilioClient;
import dev.twiliospring.client.TwilioDomain;
import dev.twiliospring.client.TwilioRequest;
import dev.twiliospring.client.TwilioResponse;

/**
 * Phone number lookups, {@code /v2/PhoneNumbers/{PhoneNumber}} on
 * {@code lookups.twilio.com}.
 * <p>
 * Every operation has a {@code ...WithResponse} variant that also returns the HTTP
 * status, headers and Twilio request id.
 *
 * @since 1.0.0
 * @see LookupsApi#phoneNumbers()
 */
public final class PhoneNumberLookupResource {

	static final String PATH = "/v2/PhoneNumbers/{PhoneNumber}";

	private final TwilioClient client;

	/**
	 * Create the resource for a client.
	 * @param client the client
	 */
	public PhoneNumberLookupResource(TwilioClient client) {
		Assert.notNull(client, "Client must not be null");
		this.client = client;
	}

	/**
	 * Look a number up, with the given data packages.
	 * @param phoneNumber the number in E.164 format, such as {@code +14159929960}
	 * @param fields the data packages; none for the free basic lookup
	 * @return the result
	 */
	public PhoneNumberLookup fetch(String phoneNumber, LookupField... fields) {
		return fetch(PhoneNumberLookupRequest.builder(phoneNumber).fields(fields).build());
	}

	/**
	 * Look a number up.
	 * @param request the number, data packages and their inputs
	 * @return the result
	 */
	public PhoneNumberLookup fetch(PhoneNumberLookupRequest request) {
		return fetchWithResponse(request).body();
	}

	/**
	 * Look a number up, keeping status and headers.
	 * @param request the number, data packages and their inputs
	 * @return the response holding the result
	 */
	public TwilioResponse<PhoneNumberLookup> fetchWithResponse(PhoneNumberLookupRequest request) {
		Assert.notNull(request, "Request must not be null");
		return this.client.executeForResponse(TwilioRequest.get(TwilioDomain.LOOKUPS, PATH)
			.pathVariable("PhoneNumber", request.phoneNumber())
			.queryParams(request.parameters())
			.build(), PhoneNumberLookup.class);
	}

}
