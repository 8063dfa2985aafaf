package dev.twiliospring.test.internal;

import dev.twiliospring.autoconfigure.TwilioConnectionDetails;
import dev.twiliospring.webhook.WebhookUrlResolver;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Tests for {@link WebhookSigningSettings}.
 */
class WebhookSigningSettingsTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner();

	@Test
	void authTokenComesFromTheConnectionDetailsBeforeTheProperty() {
		this.contextRunner.withPropertyValues("twilio.auth-token=property-token")
			.withBean(TwilioConnectionDetails.class, () -> connectionDetails(" details-token "))
			.run((context) -> assertThat(WebhookSigningSettings.authToken(context, "another way"))
				.isEqualTo("details-token"));
	}

	@Test
	void authTokenComesFromThePropertyWithoutConnectionDetails() {
		this.contextRunner.withPropertyValues("twilio.auth-token=property-token")
			.run((context) -> assertThat(WebhookSigningSettings.authToken(context, "another way"))
				.isEqualTo("property-token"));
	}

	@Test
	void missingAuthTokenSaysWhatToSetOrUseInstead() {
		this.contextRunner.withBean(TwilioConnectionDetails.class, () -> connectionDetails(null))
			.run((context) -> assertThatIllegalStateException()
				.isThrownBy(() -> WebhookSigningSettings.authToken(context, "twilioSignature(authToken)"))
				.withMessage("The application has no Twilio auth token to sign requests with: set "
						+ "twilio.auth-token (or TWILIO_AUTH_TOKEN) in the test, or use twilioSignature(authToken)"));
	}

	@Test
	void urlResolverIsTheApplicationsBean() {
		this.contextRunner.withPropertyValues("twilio.webhook.public-url=https://example.com")
			.withBean(WebhookUrlResolver.class, () -> (request) -> "https://tenant.example.com/sms")
			.run((context) -> assertThat(WebhookSigningSettings.urlResolver(context).resolve(request()))
				.isEqualTo("https://tenant.example.com/sms"));
	}

	@Test
	void urlResolverUsesThePublicUrlWithoutABean() {
		this.contextRunner.withPropertyValues("twilio.webhook.public-url= https://example.com ")
			.run((context) -> assertThat(WebhookSigningSettings.urlResolver(context).resolve(request()))
				.isEqualTo("https://example.com/sms?a=1"));
	}

	@Test
	void urlResolverUsesThePublicUrlAsTheApplicationBindsIt() {
		// Binding encodes a character that a URI may not hold, and the webhook filter
		// checks the URL so; read as it is, the URL failed with a message that quoted it,
		// password and all
		this.contextRunner.withPropertyValues("twilio.webhook.public-url=https://user:pa|ss@example.com")
			.run((context) -> assertThat(WebhookSigningSettings.urlResolver(context).resolve(request()))
				.isEqualTo("https://user:pa%7Css@example.com/sms?a=1"));
	}

	@Test
	void urlResolverKeepsTheRequestUrlWithoutPublicUrl() {
		this.contextRunner.run((context) -> assertThat(WebhookSigningSettings.urlResolver(context).resolve(request()))
			.isEqualTo("http://localhost/sms?a=1"));
	}

	private static MockHttpServletRequest request() {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/sms");
		request.setQueryString("a=1");
		return request;
	}

	private static TwilioConnectionDetails connectionDetails(@Nullable String authToken) {
		return new TwilioConnectionDetails() {

			@Override
			public @Nullable String getAccountSid() {
				return "AC00000000000000000000000000000000";
			}

			@Override
			public @Nullable String getAuthToken() {
				return authToken;
			}

		};
	}

}
