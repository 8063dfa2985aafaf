package dev.twiliospring.autoconfigure;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationPropertiesBindHandlerAdvisor;
import org.springframework.boot.context.properties.bind.AbstractBindHandler;
import org.springframework.boot.context.properties.bind.BindContext;
import org.springframework.boot.context.properties.bind.BindHandler;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Bindable.BindRestriction;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * Keeps the conventional {@code TWILIO_API_KEY} environment variable from breaking the
 * binding of the {@code twilio.api-key} group.
 * <p>
 * Boot's legacy environment mapping reads {@code TWILIO_API_KEY} as a value for
 * {@code twilio.api-key} itself, which cannot be converted to the group and would fail
 * startup. The variable is honoured instead as the API key SID by
 * {@link PropertiesTwilioConnectionDetails}. A value for {@code twilio.api-key} itself
 * from any other source is a mistake for {@code twilio.api-key.sid}; it fails startup
 * rather than being ignored, which would leave the application calling Twilio with the
 * auth token, or with no credentials at all.
 * <p>
 * It also binds {@code twilio.base-url} and {@code twilio.webhook.public-url} from a
 * config tree ({@code spring.config.import=configtree:...}) as from any other source.
 * Such a file's content is text but not a {@code String}, which the binder converts to a
 * {@code URI} strictly, untrimmed and unencoded, and whose failure report would quote the
 * URL, password included.
 */
class TwilioApiKeyBindHandlerAdvisor implements ConfigurationPropertiesBindHandlerAdvisor {

	private static final ConfigurationPropertyName API_KEY = ConfigurationPropertyName.of("twilio.api-key");

	private static final ConfigurationPropertyName BASE_URL = ConfigurationPropertyName.of("twilio.base-url");

	private static final ConfigurationPropertyName PUBLIC_URL = ConfigurationPropertyName
		.of("twilio.webhook.public-url");

	@Override
	public BindHandler apply(BindHandler bindHandler) {
		return new AbstractBindHandler(bindHandler) {

			@Override
			public <T> @Nullable Bindable<T> onStart(ConfigurationPropertyName name, Bindable<T> target,
					BindContext context) {
				Bindable<T> bindable = super.onStart(name, target, context);
				// A handler this one wraps may skip the element by answering null
				if (bindable == null || !API_KEY.equals(name)) {
					return bindable;
				}
				refuseDirectValue(context);
				return bindable.withBindRestrictions(BindRestriction.NO_DIRECT_PROPERTY);
			}

			@Override
			public @Nullable Object onFailure(ConfigurationPropertyName name, Bindable<?> target, BindContext context,
					Exception error) throws Exception {
				ConfigurationProperty property = context.getConfigurationProperty();
				if ((BASE_URL.equals(name) || PUBLIC_URL.equals(name)) && property != null
						&& property.getValue() instanceof CharSequence text && !(text instanceof String)) {
					// Converted again as a String: trimmed and encoded as the URI editor does
					return text.toString();
				}
				return super.onFailure(name, target, context, error);
			}

		};
	}

	/**
	 * Refuse a value given to the group itself by any source but the environment
	 * variables, also one that the {@code TWILIO_API_KEY} variable hides. The value is
	 * not quoted: it may be the secret.
	 */
	private static void refuseDirectValue(BindContext context) {
		for (ConfigurationPropertySource source : context.getSources()) {
			if (!(source.getUnderlyingSource() instanceof SystemEnvironmentPropertySource)
					&& source.getConfigurationProperty(API_KEY) != null) {
				throw new InvalidTwilioConfigurationException("twilio.api-key", null,
						"twilio.api-key has a value of its own, but it is a group of two properties",
						"Set twilio.api-key.sid to the API key's SID (SK...) and twilio.api-key.secret to its "
								+ "secret, in place of twilio.api-key.");
			}
		}
	}

}
