package dev.twiliospring.client.token;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Grant that lets the Sync SDK use a Sync service ({@code data_sync} claim).
 *
 * @param serviceSid the SID of the Sync service ({@code IS...}), or {@code null} for the
 * default service
 * @param endpointId the ID of the device or browser, or {@code null}
 * @since 1.0.0
 */
public record SyncGrant(@Nullable String serviceSid, @Nullable String endpointId) implements AccessTokenGrant {

	/**
	 * Return a grant for a Sync service.
	 * @param serviceSid the SID of the Sync service ({@code IS...})
	 * @return the grant
	 */
	public static SyncGrant service(String serviceSid) {
		if (serviceSid == null || serviceSid.isBlank()) {
			throw new IllegalArgumentException("The Sync service SID must not be empty");
		}
		return new SyncGrant(serviceSid, null);
	}

	@Override
	public String key() {
		return "data_sync";
	}

	@Override
	public Map<String, Object> payload() {
		Map<String, Object> payload = new LinkedHashMap<>();
		Grants.putIfText(payload, "service_sid", this.serviceSid);
		Grants.putIfText(payload, "endpoint_id", this.endpointId);
		return payload;
	}

}
