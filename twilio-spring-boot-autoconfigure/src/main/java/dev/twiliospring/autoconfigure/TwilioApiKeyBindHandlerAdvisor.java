package dev.twiliospring.autoconfigure;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationPropertiesBindHandlerAdvisor;
import org.springframework.boot.context.properties.bind.AbstractBindHandler;
import org.springframework.boot.context.properties.bind.BindContext;
import org.springframework.boot.context.properties.bind.BindHandler;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Bindable.BindRestriction;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;

/**
 * Keeps the conventional {@code TWILIO_API_KEY} environment variable from breaking the
 * binding of the {@code twilio.api-key} group.
 * <p>
 * Boot's legacy environment mapping reads {@code TWILIO_API_KEY} as a value for
 * {@code twilio.api-key} itself, which cannot be converted to the group and would fail
 * startup. The variable is honoured instead as the API key SID by
 * {@link PropertiesTwilioConnectionDetails}.
 */
class TwilioApiKeyBindHandlerAdvisor implements ConfigurationPropertiesBindHandlerAdvisor {

	private static final ConfigurationPropertyName API_KEY = ConfigurationPropertyName.of("twilio.api-key");

	@Override
	public BindHandler apply(BindHandler bindHandler) {
		return new AbstractBindHandler(bindHandler) {

			@Override
			public <T> @Nullable Bindable<T> onStart(ConfigurationPropertyName name, Bindable<T> target,
					BindContext context) {
				Bindable<T> bindable = super.onStart(name, target, context);
				// A handler this one wraps may skip the element by answering null
				return (bindable != null && API_KEY.equals(name))
						? bindable.withBindRestrictions(BindRestriction.NO_DIRECT_PROPERTY) : bindable;
			}

		};
	}

}
