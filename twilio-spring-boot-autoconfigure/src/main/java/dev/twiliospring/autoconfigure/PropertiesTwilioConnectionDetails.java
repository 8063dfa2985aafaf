package dev.twiliospring.autoconfigure;

import java.net.URI;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.util.StringUtils;

import dev.twiliospring.client.TwilioClient;

/**
 * {@link TwilioConnectionDetails} read from {@link TwilioProperties}, falling back to the
 * conventional {@code TWILIO_*} environment variables. Blank values count as unset.
 * <p>
 * Spring's relaxed binding already maps {@code TWILIO_ACCOUNT_SID} and
 * {@code TWILIO_AUTH_TOKEN} to {@code twilio.account-sid} and {@code twilio.auth-token},
 * but not {@code TWILIO_API_KEY} and {@code TWILIO_API_SECRET} to the API key's
 * properties, so the fallback is explicit. An auth token that binding took from the
 * {@code TWILIO_AUTH_TOKEN} variable counts as a variable, not as a configured property:
 * with credentials only in variables, an API key in them wins, as it does for
 * {@code TwilioClient.builder().fromEnvironment()}. The variables are the ones that
 * {@link TwilioClient.Builder} reads.
 *
 * @since 1.0.0
 */
public class PropertiesTwilioConnectionDetails implements TwilioConnectionDetails {

	/** Environment variable holding the account SID. */
	public static final String ACCOUNT_SID_ENV = TwilioClient.Builder.ACCOUNT_SID_ENV;

	static final String AUTH_TOKEN_PROPERTY = "twilio.auth-token";

	/** Environment variable holding the auth token. */
	public static final String AUTH_TOKEN_ENV = TwilioClient.Builder.AUTH_TOKEN_ENV;

	/** Environment variable holding the API key SID. */
	public static final String API_KEY_ENV = TwilioClient.Builder.API_KEY_ENV;

	/** Environment variable holding the API key secret. */
	public static final String API_SECRET_ENV = TwilioClient.Builder.API_SECRET_ENV;

	/** Environment variable holding the region. */
	public static final String REGION_ENV = TwilioClient.Builder.REGION_ENV;

	/** Environment variable holding the edge. */
	public static final String EDGE_ENV = TwilioClient.Builder.EDGE_ENV;

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
		return resolveCredential(this.properties.getAccountSid(), "twilio.account-sid", ACCOUNT_SID_ENV);
	}

	@Override
	public @Nullable String getAuthToken() {
		return resolveCredential(this.properties.getAuthToken(), AUTH_TOKEN_PROPERTY, AUTH_TOKEN_ENV);
	}

	@Override
	public @Nullable String getApiKeySid() {
		return resolveApiKey(this.properties.getApiKey().getSid(), "twilio.api-key.sid", API_KEY_ENV);
	}

	@Override
	public @Nullable String getApiKeySecret() {
		return resolveApiKey(this.properties.getApiKey().getSecret(), "twilio.api-key.secret", API_SECRET_ENV);
	}

	/**
	 * Resolve a part of the API key. An auth token configured as a property is not
	 * replaced by an API key from the environment variables, which may have been exported
	 * for another tool and another account, just as the client's own environment fallback
	 * gives way to explicitly configured credentials.
	 */
	private @Nullable String resolveApiKey(@Nullable String value, String property, String variable) {
		TwilioProperties.ApiKey apiKey = this.properties.getApiKey();
		if (ignoresApiKeyVariables(this.environment, StringUtils.hasText(this.properties.getAuthToken()),
				StringUtils.hasText(apiKey.getSid()) || StringUtils.hasText(apiKey.getSecret()))) {
			return null;
		}
		return resolveCredential(value, property, variable);
	}

	/**
	 * Whether the API key environment variables are ignored: when an auth token is
	 * configured as a property, other than by the {@code TWILIO_AUTH_TOKEN} variable that
	 * relaxed binding also reads as {@code twilio.auth-token}, and no part of an API key
	 * is.
	 * @param environment the environment the properties are bound from
	 * @param authTokenSet whether {@code twilio.auth-token} has a value
	 * @param apiKeySet whether {@code twilio.api-key.sid} or
	 * {@code twilio.api-key.secret} has one
	 */
	static boolean ignoresApiKeyVariables(Environment environment, boolean authTokenSet, boolean apiKeySet) {
		return authTokenSet && !apiKeySet && !isFromEnvironmentVariable(environment, AUTH_TOKEN_PROPERTY);
	}

	/**
	 * Whether binding takes a property's value from an environment variable: whether the
	 * first property source that has it, in the order binding reads them, is the system
	 * environment.
	 */
	private static boolean isFromEnvironmentVariable(Environment environment, String property) {
		if (!(environment instanceof ConfigurableEnvironment configurable)) {
			return false;
		}
		ConfigurationPropertyName name = ConfigurationPropertyName.of(property);
		for (ConfigurationPropertySource source : ConfigurationPropertySources.get(configurable)) {
			if (source.getConfigurationProperty(name) != null) {
				return source.getUnderlyingSource() instanceof SystemEnvironmentPropertySource;
			}
		}
		return false;
	}

	@Override
	public @Nullable String getRegion() {
		return resolve(this.properties.getRegion(), "twilio.region", REGION_ENV);
	}

	@Override
	public @Nullable String getEdge() {
		return resolve(this.properties.getEdge(), "twilio.edge", EDGE_ENV);
	}

	@Override
	public @Nullable URI getBaseUrl() {
		return this.properties.getBaseUrl();
	}

	/**
	 * Resolve a SID or secret, refusing one with a character that Twilio's have not: it
	 * would start cleanly and then be refused by every call or signature check.
	 */
	private @Nullable String resolveCredential(@Nullable String value, String property, String variable) {
		String resolved = resolve(value, property, variable);
		if (resolved != null) {
			InvalidTwilioConfigurationException.requirePlainAscii(property, variable, resolved);
		}
		return resolved;
	}

	private @Nullable String resolve(@Nullable String value, String property, String variable) {
		if (StringUtils.hasText(value)) {
			String trimmed = value.trim();
			InvalidTwilioConfigurationException.requireResolved(property, variable, trimmed);
			return trimmed;
		}
		String fromEnvironment = this.environment.getProperty(variable);
		return StringUtils.hasText(fromEnvironment) ? fromEnvironment.trim() : null;
	}

	@Override
	public String toString() {
		String accountSid;
		try {
			accountSid = getAccountSid();
		}
		catch (InvalidTwilioConfigurationException ex) {
			accountSid = "unresolved";
		}
		return "PropertiesTwilioConnectionDetails[accountSid=" + accountSid + "]";
	}

}
