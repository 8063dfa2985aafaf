package dev.twiliospring.client.token;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Grant that lets the Conversations SDK (and the retired Programmable Chat SDK) use a
 * Conversations service ({@code chat} claim).
 *
 * @param serviceSid the SID of the Conversations service ({@code IS...})
 * @param endpointId the ID of the device or browser, or {@code null}
 * @param deploymentRoleSid the SID of the role of the user in the service, or
 * {@code null} for the service's default
 * @param pushCredentialSid the SID of the push credential for notifications, or
 * {@code null}
 * @since 1.0.0
 */
public record ChatGrant(@Nullable String serviceSid, @Nullable String endpointId, @Nullable String deploymentRoleSid,
		@Nullable String pushCredentialSid) implements AccessTokenGrant {

	/**
	 * Return a grant for a Conversations service.
	 * @param serviceSid the SID of the Conversations service ({@code IS...})
	 * @return the grant
	 */
	public static ChatGrant service(String serviceSid) {
		if (serviceSid == null || serviceSid.isBlank()) {
			throw new IllegalArgumentException("The Conversations service SID must not be empty");
		}
		return new ChatGrant(serviceSid, null, null, null);
	}

	/**
	 * Return a copy of this grant that sends push notifications with the given
	 * credential.
	 * @param pushCredentialSid the SID of the push credential ({@code CR...})
	 * @return the new grant
	 */
	public ChatGrant withPushCredentialSid(String pushCredentialSid) {
		return new ChatGrant(this.serviceSid, this.endpointId, this.deploymentRoleSid, pushCredentialSid);
	}

	@Override
	public String key() {
		return "chat";
	}

	@Override
	public Map<String, Object> payload() {
		Map<String, Object> payload = new LinkedHashMap<>();
		Grants.putIfText(payload, "service_sid", this.serviceSid);
		Grants.putIfText(payload, "endpoint_id", this.endpointId);
		Grants.putIfText(payload, "deployment_role_sid", this.deploymentRoleSid);
		Grants.putIfText(payload, "push_credential_sid", this.pushCredentialSid);
		return payload;
	}

}
