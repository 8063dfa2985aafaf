package dev.twiliospring.autoconfigure;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.AbstractBindHandler;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.BindContext;
import org.springframework.boot.context.properties.bind.BindHandler;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link TwilioApiKeyBindHandlerAdvisor}.
 */
class TwilioApiKeyBindHandlerAdvisorTests {

	private static final String ACCOUNT_SID = "AC0123456789abcdef0123456789abcdef";

	private static final String API_KEY_SID = "SK0123456789abcdef0123456789abcdef";

	@Test
	void bindsApiKeyGroupWhenTheEnvironmentVariableGivesApiKeyADirectValue() {
		// Boot's environment mapping reads TWILIO_API_KEY as twilio.api-key itself
		ConfigurationPropertySource variables = ConfigurationPropertySource.from(new SystemEnvironmentPropertySource(
				StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, Map.of("TWILIO_API_KEY", API_KEY_SID)));
		TwilioProperties properties = bind(List.of(new MapConfigurationPropertySource(Map.of("twilio.api-key.sid",
				API_KEY_SID)), variables), BindHandler.DEFAULT);
		assertThat(properties.getApiKey().getSid()).isEqualTo(API_KEY_SID);
	}

	@Test
	void refusesADirectValueForTheApiKeyGroupFromTheApplicationsProperties() {
		// the value may be the secret, given where the SID belongs, so it is not quoted
		String secret = "0123456789abcdef0123456789abcdef";
		assertThatExceptionOfType(BindException.class)
			.isThrownBy(() -> bind(List.of(new MapConfigurationPropertySource(Map.of("twilio.api-key", secret))),
					BindHandler.DEFAULT))
			.havingRootCause()
			.isInstanceOfSatisfying(InvalidTwilioConfigurationException.class, (ex) -> {
				assertThat(ex.getProperty()).isEqualTo("twilio.api-key");
				assertThat(ex.getMessage()).contains("is a group");
				assertThat(ex.getAction()).contains("twilio.api-key.sid").contains("twilio.api-key.secret");
				assertThat(ex.getMessage() + ex.getAction()).doesNotContain(secret);
			});
	}

	@Test
	void refusesADirectValueWhenItComesFirstFromTheApplicationsProperties() {
		ConfigurationPropertySource variables = ConfigurationPropertySource.from(new SystemEnvironmentPropertySource(
				StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, Map.of("TWILIO_API_KEY", API_KEY_SID)));
		assertThatExceptionOfType(BindException.class)
			.isThrownBy(() -> bind(List.of(new MapConfigurationPropertySource(Map.of("twilio.api-key", API_KEY_SID)),
					variables), BindHandler.DEFAULT))
			.havingRootCause()
			.isInstanceOf(InvalidTwilioConfigurationException.class);
	}

	@Test
	void refusesADirectValueFromTheApplicationsPropertiesThatTheEnvironmentVariableHides() {
		// The variable comes first, as the system environment does in Boot's order
		ConfigurationPropertySource variables = ConfigurationPropertySource.from(new SystemEnvironmentPropertySource(
				StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, Map.of("TWILIO_API_KEY", API_KEY_SID)));
		assertThatExceptionOfType(BindException.class)
			.isThrownBy(() -> bind(List.of(variables,
					new MapConfigurationPropertySource(Map.of("twilio.api-key", API_KEY_SID))), BindHandler.DEFAULT))
			.havingRootCause()
			.isInstanceOf(InvalidTwilioConfigurationException.class);
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
		TwilioProperties properties = bind(List.of(new MapConfigurationPropertySource(
				Map.of("twilio.account-sid", ACCOUNT_SID, "twilio.api-key", API_KEY_SID, "twilio.api-key.sid",
						API_KEY_SID))),
				skipApiKey);
		assertThat(properties.getAccountSid()).isEqualTo(ACCOUNT_SID);
		assertThat(properties.getApiKey().getSid()).isNull();
	}

	private static TwilioProperties bind(List<ConfigurationPropertySource> sources, BindHandler wrapped) {
		TwilioProperties properties = new TwilioProperties();
		new Binder(sources).bind("twilio", Bindable.ofInstance(properties),
				new TwilioApiKeyBindHandlerAdvisor().apply(wrapped));
		return properties;
	}

}
