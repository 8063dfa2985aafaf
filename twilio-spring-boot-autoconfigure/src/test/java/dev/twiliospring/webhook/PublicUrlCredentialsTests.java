package dev.twiliospring.webhook;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Twilio supports HTTP Basic credentials in webhook URLs
 * ({@code https://user:password@host/...}), so a public URL may carry a password: it
 * must not reach logs or {@code toString()}.
 */
@ExtendWith(OutputCaptureExtension.class)
class PublicUrlCredentialsTests {

	private static final String PASSWORD = "basic-auth-password-0123456789";

	private static final URI PUBLIC_URL = URI.create("https://twilio:" + PASSWORD + "@hooks.example.com");

	@Test
	void rejectionLogDoesNotShowThePasswordOfThePublicUrl(CapturedOutput output) throws Exception {
		TwilioWebhookFilter filter = new TwilioWebhookFilter(
				new TwilioWebhookRequestMatcher(List::of, List.of("/twilio/**")),
				new DefaultWebhookUrlResolver(PUBLIC_URL), TwilioSignatureValidator.of("token"));
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/twilio/sms");
		request.setContentType("application/x-www-form-urlencoded");
		request.setContent("Body=forged".getBytes(StandardCharsets.UTF_8));
		request.addHeader(TwilioSignatureValidator.SIGNATURE_HEADER, "Zm9yZ2Vk");
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(request, response, new MockFilterChain());
		assertThat(response.getStatus()).isEqualTo(403);
		assertThat(output).contains("Rejected Twilio webhook POST https://").doesNotContain(PASSWORD);
	}

	@Test
	void toStringDoesNotShowThePasswordOfThePublicUrl() {
		DefaultWebhookUrlResolver resolver = new DefaultWebhookUrlResolver(PUBLIC_URL);
		TwilioWebhookFilter filter = new TwilioWebhookFilter(new TwilioWebhookRequestMatcher(List::of, List.of()),
				resolver, TwilioSignatureValidator.of("token"));
		assertThat(resolver.toString()).contains("hooks.example.com").doesNotContain(PASSWORD);
		assertThat(filter.toString()).doesNotContain(PASSWORD);
	}

	@Test
	void refusalOfAPublicUrlWithoutSchemeDoesNotShowItsPassword() {
		for (String url : List.of("twilio:" + PASSWORD + "@hooks.example.com",
				"//twilio:" + PASSWORD + "@hooks.example.com/app")) {
			assertThatIllegalArgumentException().isThrownBy(() -> new DefaultWebhookUrlResolver(URI.create(url)))
				.withMessageContaining("******@hooks.example.com")
				.withMessageContaining("must be an absolute http or https URL")
				.withMessageNotContaining(PASSWORD);
		}
	}

	@Test
	void refusalOfAPublicUrlWithoutSchemeDoesNotShowItsPasswordWhenItsQueryHoldsAUrl() {
		String url = "twilio:" + PASSWORD + "@hooks.example.com/app?next=https://example.com";
		assertThatIllegalArgumentException().isThrownBy(() -> new DefaultWebhookUrlResolver(URI.create(url)))
			.withMessageContaining("******@hooks.example.com/app")
			.withMessageNotContaining(PASSWORD);
	}

	/**
	 * A password written unencoded with a character that ends an authority, as a
	 * generated password's {@code /} or {@code +} often is, makes the URL one without
	 * host: the whole password must still be masked in the refusal.
	 */
	@Test
	void refusalOfAPublicUrlWhosePasswordHoldsADelimiterDoesNotShowThePassword() {
		for (String password : List.of("s3cr3t/pa55+w0rd", "s3cr3t?pa55", "s3cr3t#pa55")) {
			String url = "https://twilio:" + password + "@hooks.example.com/app";
			assertThatIllegalArgumentException().isThrownBy(() -> new DefaultWebhookUrlResolver(URI.create(url)))
				.withMessage("Public webhook URL 'https://******@hooks.example.com/app' must be an absolute http "
						+ "or https URL, such as https://example.com");
		}
	}

	@Test
	void userInfoIsMaskedInTheAuthorityOnly() {
		assertThat(WebhookUrls.withoutUserInfo("https://user:pw@hooks.example.com:8443/twilio/sms?a=b@c"))
			.isEqualTo("https://******@hooks.example.com:8443/twilio/sms?a=b@c");
		assertThat(WebhookUrls.withoutUserInfo("https://hooks.example.com/twilio/@sms"))
			.isEqualTo("https://hooks.example.com/twilio/@sms");
		assertThat(WebhookUrls.withoutUserInfo("https://a@b:p@ss@hooks.example.com"))
			.isEqualTo("https://******@hooks.example.com");
		assertThat(WebhookUrls.withoutUserInfo("user:pw@hooks.example.com/twilio/@sms"))
			.isEqualTo("******@hooks.example.com/twilio/@sms");
		assertThat(WebhookUrls.withoutUserInfo("/twilio/@sms")).isEqualTo("/twilio/@sms");
		assertThat(WebhookUrls.withoutUserInfo("user:pw@hooks.example.com/cb?next=https://a.example/x"))
			.isEqualTo("******@hooks.example.com/cb?next=https://a.example/x");
	}

}
