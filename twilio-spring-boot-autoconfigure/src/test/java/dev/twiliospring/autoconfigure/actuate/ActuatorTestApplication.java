package dev.twiliospring.autoconfigure.actuate;

import java.util.Map;

import dev.twiliospring.client.StubTwilioServer;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * Application with actuator and the Twilio auto-configuration for end-to-end tests of
 * the actuator endpoints.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
class ActuatorTestApplication {

	static final String AUTH_TOKEN = "s3cr3t-auth-token-value-0123456789";

	static final String API_KEY_SID = "SK0123456789abcdef0123456789abcdef";

	static final String API_KEY_SECRET = "s3cr3t-api-key-secret-0123456789";

	static final String OLD_AUTH_TOKEN = "s3cr3t-previous-auth-token-98765";

	static final String ENV_AUTH_TOKEN = "s3cr3t-env-auth-token-0123456789";

	static final String ENV_API_SECRET = "s3cr3t-env-api-secret-0123456789";

	static final String[] PROPERTIES = { "twilio.account-sid=" + StubTwilioServer.ACCOUNT_SID,
			"twilio.auth-token=${MY_TWILIO_TOKEN}", "twilio.api-key.sid=" + API_KEY_SID,
			"twilio.api-key.secret=" + API_KEY_SECRET, "twilio.webhook.additional-auth-tokens[0]=" + OLD_AUTH_TOKEN,
			"twilio.webhook.paths=/twilio/**", "twilio.health.cache-ttl=0s",
			"management.endpoints.web.exposure.include=health,info,metrics,env,configprops",
			"management.endpoint.health.show-details=always", "management.endpoint.health.show-components=always",
			"management.endpoint.configprops.show-values=always", "management.endpoint.env.show-values=always" };

	/**
	 * Replaces the real process environment with fake Twilio variables, the variable that
	 * {@code twilio.auth-token} refers to, as in the README's quick start, and variables
	 * that hold secrets among other text.
	 */
	static class FakeEnvironmentVariables implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			context.getEnvironment()
				.getPropertySources()
				.replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
						new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
								Map.of("TWILIO_AUTH_TOKEN", ENV_AUTH_TOKEN, "TWILIO_API_SECRET", ENV_API_SECRET,
										"MY_TWILIO_TOKEN", AUTH_TOKEN, "SPRING_APPLICATION_JSON",
										"{\"twilio\":{\"api-key\":{\"secret\":\"" + API_KEY_SECRET + "\"}}}",
										"PREVIOUS_TWILIO_TOKENS", "rotated=" + OLD_AUTH_TOKEN)));
		}

	}

}
