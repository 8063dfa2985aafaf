package dev.twiliospring.autoconfigure;

import dev.twiliospring.client.TwilioClient;

/**
 * Callback that customizes the auto-configured {@link TwilioClient} before it is built.
 * Customizers run after the {@code twilio.*} properties have been applied, so anything
 * they set takes precedence.
 *
 * @since 1.0.0
 */
@FunctionalInterface
public interface TwilioClientCustomizer {

	/**
	 * Customize the client builder.
	 * @param builder the builder to customize
	 */
	void customize(TwilioClient.Builder builder);

}
