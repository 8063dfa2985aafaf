package dev.twiliospring.autoconfigure;

import java.net.URI;

import org.jspecify.annotations.Nullable;

import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * {@link TwilioConnectionDetails} read from {@link TwilioProperties}, falling back to the
 * conventional {@code TWILIO_*} environment variables. Blank values count as unset.
 * <p>
 * Spring's relaxed binding does not map {@code TWILIO_ACCOUNT_SID} to
 * {@code twilio.account-sid} (it would expect {@code TWILIO_ACCOUNTSID}), so the
 * fallback is explicit.
 *
 * @since 1.0.0
 */
public class PropertiesTwilioConnectionDetails implements TwilioConnectionDetails {

	/** Environment variable holding the account SID. */
	public static final String ACCOUNT_SID_ENV = "TWILIO_ACCOUNT_SID";

	/** Environment variable holding the auth token. */
	public static final String AUTH_TOKEN_ENV = "TWILIO_AUTH_TOKEN";

	/** Environment variable holding the API key SID. */
	public static final String API_KEY_ENV = "TWILIO_API_KEY";

	/** Environment variable holding the API key secret. */
	public static final String API_SECRET_ENV = "TWILIO_API_SECRET";

	/** Environment variable holding the region. */
	public static final String REGION_ENV = "TWILIO_REGION";

	/** Environment variable holding the edge. */
	public static final String EDGE_ENV = "TWILIO_EDGE";

	private final TwilioProperties properties;

	private final Environment environment;

	/**
	 * Create an instance.
	 * @param properties the bound properties
	 * @param environment the environment that holds the fallback variables
	 */
	public PropertiesTwilioConnectionDetails(TwilioProperties properties, Environment environment) {
		this.properties = properties;
		this.environment = environment;
	}

	@Override
	public @Nullable String getAccountSid() {
		return resolve(this.properties.getAccountSid(), ACCOUNT_SID_ENV);
	}

	@Override
	public @Nullable String getAuthToken() {
		return resolve(this.properties.getAuthToken(), AUTH_TOKEN_ENV);
	}

	@Override
	public @Nullable String getApiKeySid() {
		return resolve(this.properties.getApiKey().getSid(), API_KEY_ENV);
	}

	@Override
	public @Nullable String getApiKeySecret() {
		return resolve(this.properties.getApiKey().getSecret(), API_SECRET_ENV);
	}

	@Override
	public @Nullable String getRegion() {
		return resolve(this.properties.getRegion(), REGION_ENV);
	}

	@Override
	public @Nullable String getEdge() {
		return resolve(this.properties.getEdge(), EDGE_ENV);
	}

	@Override
	public @Nullable URI getBaseUrl() {
		return this.properties.getBaseUrl();
	}

	private @Nullable String resolve(@Nullable String property, String variable) {
		if (StringUtils.hasText(property)) {
			return property.trim();
		}
		String fromEnvironment = this.environment.getProperty(variable);
		return StringUtils.hasText(fromEnvironment) ? fromEnvironment.trim() : null;
	}

	@Override
	public String toString() {
		return "PropertiesTwilioConnectionDetails[accountSid=" + getAccountSid() + "]";
	}

}
