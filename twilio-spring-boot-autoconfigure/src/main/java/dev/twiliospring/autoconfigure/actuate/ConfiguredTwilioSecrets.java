package dev.twiliospring.autoconfigure.actuate;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Supplier;

import dev.twiliospring.autoconfigure.PropertiesTwilioConnectionDetails;
import dev.twiliospring.autoconfigure.TwilioConnectionDetails;
import dev.twiliospring.autoconfigure.TwilioProperties;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * The Twilio secrets of an application, read when asked for: the auth token and API key
 * secret of every {@link TwilioConnectionDetails} in use (the properties', an emulator's
 * or the application's own), those of the bound {@link TwilioProperties}, the additional
 * webhook auth tokens, the password of the public webhook URL and the values of the
 * {@code TWILIO_AUTH_TOKEN} and {@code TWILIO_API_SECRET} environment variables. Blank
 * values are left out, and the others are trimmed, as the client trims them.
 */
final class ConfiguredTwilioSecrets implements Supplier<Set<String>> {

	private final ObjectProvider<TwilioConnectionDetails> connectionDetails;

	private final ObjectProvider<TwilioProperties> properties;

	private final Environment environment;

	ConfiguredTwilioSecrets(ObjectProvider<TwilioConnectionDetails> connectionDetails,
			ObjectProvider<TwilioProperties> properties, Environment environment) {
		this.connectionDetails = connectionDetails;
		this.properties = properties;
		this.environment = environment;
	}

	@Override
	public Set<String> get() {
		Set<String> secrets = new LinkedHashSet<>();
		this.connectionDetails.orderedStream().forEach((details) -> {
			add(secrets, details::getAuthToken);
			add(secrets, details::getApiKeySecret);
		});
		TwilioProperties properties = this.properties.getIfAvailable();
		if (properties != null) {
			add(secrets, properties::getAuthToken);
			add(secrets, properties.getApiKey()::getSecret);
			add(secrets, properties.getProxy()::getPassword);
			properties.getWebhook().getAdditionalAuthTokens().forEach((token) -> add(secrets, () -> token));
			addPassword(secrets, properties.getWebhook().getPublicUrl());
		}
		add(secrets, () -> this.environment.getProperty(PropertiesTwilioConnectionDetails.AUTH_TOKEN_ENV));
		add(secrets, () -> this.environment.getProperty(PropertiesTwilioConnectionDetails.API_SECRET_ENV));
		return secrets;
	}

	/**
	 * Add the password of a URL's user information, encoded and decoded; user
	 * information without a password, such as a bare token, counts whole. Binding
	 * encodes a {@code %} that the property holds, so the text a user wrote, such as
	 * {@code p%40ss}, is the password decoded once, and the password itself
	 * ({@code p@ss}) decoded twice.
	 */
	private static void addPassword(Set<String> secrets, @Nullable URI url) {
		// Up to the last '@' of the authority: URI parses no user information where it
		// parses no host, as for one beyond ASCII
		String authority = (url != null) ? url.getRawAuthority() : null;
		if (authority == null || authority.indexOf('@') < 0) {
			return;
		}
		String userInfo = authority.substring(0, authority.lastIndexOf('@'));
		String password = userInfo.substring(userInfo.indexOf(':') + 1);
		for (int decodings = 0; decodings <= 2; decodings++) {
			String value = password;
			add(secrets, () -> value);
			if (password.indexOf('%') < 0) {
				return;
			}
			try {
				password = StringUtils.uriDecode(password, StandardCharsets.UTF_8);
			}
			catch (IllegalArgumentException ex) {
				// A '%' that starts no escape: the text as it is was added already
				return;
			}
		}
	}

	private static void add(Set<String> secrets, Supplier<@Nullable String> secret) {
		try {
			String value = secret.get();
			if (value != null && !value.isBlank()) {
				secrets.add(value.trim());
			}
		}
		catch (RuntimeException ex) {
			// A secret that cannot be read now, such as one set to a placeholder that
			// nothing resolves, is still masked by its key
		}
	}

}
