package dev.twiliospring.client.lookups;

import org.springframework.util.Assert;

import dev.twiliospring.client.TwilioClient;

/**
 * Entry point to Twilio Lookup v2 on {@code lookups.twilio.com}: validate phone numbers
 * and fetch data packages about them. Requests share the client's credentials, region,
 * edge, retries and observation.
 * <pre class="code">
 * PhoneNumberLookup lookup = client.lookups().lookup("+14159929960", LookupField.LINE_TYPE_INTELLIGENCE);
 * if (lookup.isValid() &amp;&amp; "mobile".equals(lookup.lineTypeIntelligence().type())) {
 *     // send an SMS
 * }
 * </pre>
 *
 * @since 1.0.0
 * @see TwilioClient#lookups()
 */
public final class LookupsApi {

	private final TwilioClient client;

	/**
	 * Create the API for a client.
	 * @param client the client
	 */
	public LookupsApi(TwilioClient client) {
		Assert.notNull(client, "Client must not be null");
		this.client = client;
	}

	/**
	 * Look a phone number up, with the given data packages.
	 * @param phoneNumber the number in E.164 format, such as {@code +14159929960}
	 * @param fields the data packages; none for the free basic lookup
	 * @return the result
	 */
	public PhoneNumberLookup lookup(String phoneNumber, LookupField... fields) {
		return phoneNumbers().fetch(phoneNumber, fields);
	}

	/**
	 * Return the phone number lookups resource ({@code /v2/PhoneNumbers/{PhoneNumber}}).
	 * @return the phone numbers resource
	 */
	public PhoneNumberLookupResource phoneNumbers() {
		return new PhoneNumberLookupResource(this.client);
	}

}
