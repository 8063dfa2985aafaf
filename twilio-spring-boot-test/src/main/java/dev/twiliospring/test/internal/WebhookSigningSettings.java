package dev.twiliospring.test.internal;

import dev.twiliospring.autoconfigure.PropertiesTwilioConnectionDetails;
import dev.twiliospring.autoconfigure.TwilioConnectionDetails;
import dev.twiliospring.autoconfigure.TwilioProperties;
import dev.twiliospring.autoconfigure.TwilioPropertiesConfiguration;
import dev.twiliospring.webhook.DefaultWebhookUrlResolver;
import dev.twiliospring.webhook.WebhookUrlResolver;

import org.springframework.context.ApplicationContext;
import org.springframework.util.StringUtils;

/**
 * What the webhook signers of the test support read from the application under test:
 * the auth token its webhook filter checks signatures with, and how it resolves the URL
 * it checks. Internal to twilio-spring-boot-test: not API, and may change at any time.
 *
 * @since 1.0.0
 */
public final class WebhookSigningSettings {

	private WebhookSigningSettings() {
	}

	/**
	 * Return the auth token that the application's webhook filter checks: from its
	 * {@code TwilioConnectionDetails} bean, else from {@code twilio.auth-token} and
	 * {@code TWILIO_AUTH_TOKEN} as the filter reads them.
	 * @param context the application context of the application under test
	 * @param otherwise what the test can use instead when there is none, for the message
	 * @return the auth token, trimmed
	 * @throws IllegalStateException if the application has no auth token
	 */
	public static String authToken(ApplicationContext context, String otherwise) {
		TwilioConnectionDetails details = context.getBeanProvider(TwilioConnectionDetails.class)
			.getIfAvailable(() -> new PropertiesTwilioConnectionDetails(properties(context), context.getEnvironment()));
		String authToken = details.getAuthToken();
		if (!StringUtils.hasText(authToken)) {
			throw new IllegalStateException("The application has no Twilio auth token to sign requests with: "
					+ "set twilio.auth-token (or TWILIO_AUTH_TOKEN) in the test, or use " + otherwise);
		}
		return authToken.trim();
	}

	/**
	 * Return the application's {@link WebhookUrlResolver} bean, else the resolver that
	 * the webhook auto-configuration makes, with {@code twilio.webhook.public-url} in
	 * place of scheme, host and port when that is set. The URL is read as the
	 * application binds it, encoded where it holds characters a URI may not.
	 * @param context the application context of the application under test
	 * @return the resolver
	 */
	public static WebhookUrlResolver urlResolver(ApplicationContext context) {
		return context.getBeanProvider(WebhookUrlResolver.class)
			.getIfAvailable(() -> new DefaultWebhookUrlResolver(properties(context).getWebhook().getPublicUrl()));
	}

	private static TwilioProperties properties(ApplicationContext context) {
		return context.getBeanProvider(TwilioProperties.class)
			.getIfAvailable(() -> TwilioPropertiesConfiguration.bind(context.getEnvironment()));
	}

}
