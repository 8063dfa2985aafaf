package dev.twiliospring.autoconfigure;

import java.net.URI;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.autoconfigure.service.connection.ConnectionDetails;

/**
 * Details required to connect to Twilio: credentials, routing and an optional base URL.
 * <p>
 * By default these come from {@link TwilioProperties} with the conventional
 * {@code TWILIO_*} environment variables as fallback. Defining a bean of this type (as the
 * test support's emulator does) replaces that source entirely.
 *
 * @since 1.0.0
 */
public interface TwilioConnectionDetails extends ConnectionDetails {

	/**
	 * Account SID.
	 * @return the account SID, or {@code null} if none is configured
	 */
	@Nullable String getAccountSid();

	/**
	 * Auth token of the account; it signs webhooks even when REST calls use an API key.
	 * @return the auth token, or {@code null} if none is configured
	 */
	@Nullable String getAuthToken();

	/**
	 * API key SID used for REST authentication instead of the auth token.
	 * @return the API key SID, or {@code null} if none is configured
	 */
	default @Nullable String getApiKeySid() {
		return null;
	}

	/**
	 * API key secret that goes with {@link #getApiKeySid()}.
	 * @return the API key secret, or {@code null} if none is configured
	 */
	default @Nullable String getApiKeySecret() {
		return null;
	}

	/**
	 * Region of the REST API.
	 * @return the region, or {@code null} for Twilio's default
	 */
	default @Nullable String getRegion() {
		return null;
	}

	/**
	 * Edge location of the REST API.
	 * @return the edge, or {@code null} for Twilio's default
	 */
	default @Nullable String getEdge() {
		return null;
	}

	/**
	 * Base URL replacing every product host.
	 * @return the base URL, or {@code null} to use Twilio's hosts
	 */
	default @Nullable URI getBaseUrl() {
		return null;
	}

}
