package dev.twiliospring.autoconfigure;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.StandardEnvironment;

/**
 * Keeps the environment variables of the machine that runs the tests out of them.
 * <p>
 * The live tests need {@code TWILIO_ACCOUNT_SID} and {@code TWILIO_AUTH_TOKEN} in the
 * environment, and relaxed binding reads those as {@code twilio.account-sid} and
 * {@code twilio.auth-token}: left in, they would configure an account that a test
 * expects to be absent, or replace the one it configures.
 */
public final class TestEnvironments {

	private TestEnvironments() {
	}

	/**
	 * Remove the system environment from a context's environment.
	 * @param context the context, before it is refreshed
	 */
	public static void isolate(ConfigurableApplicationContext context) {
		isolate(context.getEnvironment());
	}

	/**
	 * Remove the system environment from an environment.
	 * @param environment the environment
	 */
	public static void isolate(ConfigurableEnvironment environment) {
		environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
	}

}
