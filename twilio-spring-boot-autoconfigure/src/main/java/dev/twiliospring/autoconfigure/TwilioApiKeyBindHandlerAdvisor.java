package dev.twiliospring.autoconfigure;

import java.net.URI;
import java.net.URISyntaxException;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.propertyeditors.URIEditor;
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
 * {@code URI} strictly, untrimmed and unencoded. A value of either that is no URL at all,
 * from any source, fails startup naming the property, but not quoting the URL, whose
 * password Boot's own report of the failure would show.
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
						&& property.getValue() instanceof CharSequence text) {
					return toUri(name.toString(), text.toString());
				}
				return super.onFailure(name, target, context, error);
			}

		};
	}

	/**
	 * Convert a URL property's value as the binder converts a {@code String}: trimmed,
	 * and encoded where it has characters a URI may not. A value that is still no URL
	 * fails with the parser's reason, but without the URL, which may hold a password.
	 */
	private static @Nullable Object toUri(String property, String text) {
		UrlEditor editor = new UrlEditor();
		try {
			editor.setAsText(text);
		}
		catch (IllegalArgumentException ex) {
			// The editor's own message quotes the URL
			String reason = (editor.failure != null) ? editor.failure.getReason() : "it cannot be read as a URI";
			throw new InvalidTwilioConfigurationException(property, null, property + " is not a valid URL: " + reason
					+ " (the value is not shown, as it may hold a password)",
					"Set " + property + " to an absolute URL, such as https://example.com/twilio.");
		}
		// Blank is no URL, as from any other source
		return editor.getValue();
	}

	/**
	 * The editor that the binder converts a {@code String} with, which keeps the
	 * parser's failure, whose reason is the only part that does not quote the URL.
	 */
	private static final class UrlEditor extends URIEditor {

		private @Nullable URISyntaxException failure;

		@Override
		protected URI createURI(String value) throws URISyntaxException {
			try {
				return super.createURI(value);
			}
			catch (URISyntaxException ex) {
				this.failure = ex;
				throw ex;
			}
		}

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
