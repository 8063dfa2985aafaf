package dev.twiliospring.autoconfigure;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.AbstractBindHandler;
import org.springframework.boot.context.properties.bind.BindContext;
import org.springframework.boot.context.properties.bind.BindHandler;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link TwilioApiKeyBindHandlerAdvisor}.
 */
class TwilioApiKeyBindHandlerAdvisorTests {

	private static final String ACCOUNT_SID = "AC0123456789abcdef0123456789abcdef";

	private static final String API_KEY_SID = "SK0123456789abcdef0123456789abcdef";

	@Test
	void bindsApiKeyGroupWhenApiKeyAlsoHasDirectValue() {
		TwilioProperties properties = bind(Map.of("twilio.api-key", API_KEY_SID, "twilio.api-key.sid", API_KEY_SID),
				BindHandler.DEFAULT);
		assertThat(properties.getApiKey().getSid()).isEqualTo(API_KEY_SID);
	}

	@Test
	void leavesApiKeyGroupUnboundWhenWrappedHandlerSkipsIt() {
		// BindHandler.onStart may answer null to skip an element, as an application's own
		// ConfigurationPropertiesBindHandlerAdvisor applied before this one can
		BindHandler skipApiKey = new AbstractBindHandler() {

			@Override
			public <T> @Nullable Bindable<T> onStart(ConfigurationPropertyName name, Bindable<T> target,
					BindContext context) {
				return name.equals(ConfigurationPropertyName.of("twilio.api-key")) ? null
						: super.onStart(name, target, context);
			}

		};
		TwilioProperties properties = bind(Map.of("twilio.account-sid", ACCOUNT_SID, "twilio.api-key.sid", API_KEY_SID),
				skipApiKey);
		assertThat(properties.getAccountSid()).isEqualTo(ACCOUNT_SID);
		assertThat(properties.getApiKey().getSid()).isNull();
	}

	private static TwilioProperties bind(Map<String, String> values, BindHandler wrapped) {
		TwilioProperties properties = new TwilioProperties();
		new Binder(new MapConfigurationPropertySource(values)).bind("twilio", Bindable.ofInstance(properties),
				new TwilioApiKeyBindHandlerAdvisor().apply(wrapped));
		return properties;
	}

}
