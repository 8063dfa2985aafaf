package dev.twiliospring.client.messaging;

import org.springframework.util.Assert;

import dev.twiliospring.client.TwilioClient;

/**
 * Entry point to Twilio's Messaging API on {@code messaging.twilio.com}: Messaging Services
 * and their sender pools, US A2P 10DLC brands and campaigns, toll-free verifications and
 * deactivation reports. Requests share the client's credentials, region, edge, retries
 * and observation.
 * <pre class="code">
 * MessagingService service = client.messaging().services().create(MessagingServiceCreateRequest.builder()
 *     .friendlyName("Order notifications")
 *     .build());
 * client.messaging().phoneNumbers(service.sid()).add("PN...");
 * </pre>
 *
 * @since 1.0.0
 * @see TwilioClient#messaging()
 */
public final class MessagingApi {

	private final TwilioClient client;

	/**
	 * Create the API for a client.
	 * @param client the client
	 */
	public MessagingApi(TwilioClient client) {
		Assert.notNull(client, "Client must not be null");
		this.client = client;
	}

	/**
	 * Return the Messaging Services resource ({@code /v1/Services}).
	 * @return the services resource
	 */
	public MessagingServiceResource services() {
		return new MessagingServiceResource(this.client);
	}

	/**
	 * Return the phone numbers of a service's sender pool
	 * ({@code /v1/Services/{ServiceSid}/PhoneNumbers}).
	 * @param serviceSid the messaging service SID ({@code MG...})
	 * @return the phone numbers resource
	 */
	public ServicePhoneNumberResource phoneNumbers(String serviceSid) {
		return new ServicePhoneNumberResource(this.client, serviceSid);
	}

	/**
	 * Return the alphanumeric sender IDs of a service
	 * ({@code /v1/Services/{ServiceSid}/AlphaSenders}).
	 * @param serviceSid the messaging service SID ({@code MG...})
	 * @return the alpha senders resource
	 */
	public AlphaSenderResource alphaSenders(String serviceSid) {
		return new AlphaSenderResource(this.client, serviceSid);
	}

	/**
	 * Return the short codes of a service's sender pool
	 * ({@code /v1/Services/{ServiceSid}/ShortCodes}).
	 * @param serviceSid the messaging service SID ({@code MG...})
	 * @return the short codes resource
	 */
	public ServiceShortCodeResource shortCodes(String serviceSid) {
		return new ServiceShortCodeResource(this.client, serviceSid);
	}

	/**
	 * Return the US A2P brand registrations ({@code /v1/a2p/BrandRegistrations}).
	 * @return the brand registrations resource
	 */
	public BrandRegistrationResource brandRegistrations() {
		return new BrandRegistrationResource(this.client);
	}

	/**
	 * Return the US A2P campaigns of a service
	 * ({@code /v1/Services/{MessagingServiceSid}/Compliance/Usa2p}).
	 * @param messagingServiceSid the messaging service SID ({@code MG...})
	 * @return the campaigns resource
	 */
	public UsAppToPersonResource usAppToPerson(String messagingServiceSid) {
		return new UsAppToPersonResource(this.client, messagingServiceSid);
	}

	/**
	 * Return the toll-free verifications ({@code /v1/Tollfree/Verifications}).
	 * @return the toll-free verifications resource
	 */
	public TollfreeVerificationResource tollfreeVerifications() {
		return new TollfreeVerificationResource(this.client);
	}

	/**
	 * Return the deactivation reports ({@code /v1/Deactivations}).
	 * @return the deactivations resource
	 */
	public DeactivationResource deactivations() {
		return new DeactivationResource(this.client);
	}

}
