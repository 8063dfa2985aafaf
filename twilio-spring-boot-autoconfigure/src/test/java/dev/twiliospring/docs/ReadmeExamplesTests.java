package dev.twiliospring.docs;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.twiliospring.client.api.CallCreateRequest;
import dev.twiliospring.client.api.MessageCreateRequest;
import dev.twiliospring.client.api.MessageListRequest;
import dev.twiliospring.client.token.AccessToken;
import dev.twiliospring.client.token.VideoGrant;
import dev.twiliospring.twiml.Gather;
import dev.twiliospring.twiml.Say;
import dev.twiliospring.twiml.VoiceResponse;
import dev.twiliospring.webhook.TwilioSignatureValidator;
import dev.twiliospring.webhook.WebhookSignatureValidatorResolver;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the code examples in the README: each example is written here as it appears
 * there, and what it builds is checked.
 */
class ReadmeExamplesTests {

	@Test
	void whatsAppMessageExampleSendsTheDocumentedParameters() {
		MessageCreateRequest request = MessageCreateRequest.builder()
			.to("whatsapp:+15558675310")
			.from("whatsapp:+14155238886")
			.body("Your order shipped")
			.mediaUrl("https://example.com/label.png")
			.statusCallback("https://example.com/twilio/status")
			.build();
		assertThat(request.parameters().asMap()).containsEntry("To", List.of("whatsapp:+15558675310"))
			.containsEntry("From", List.of("whatsapp:+14155238886"))
			.containsEntry("Body", List.of("Your order shipped"))
			.containsEntry("MediaUrl", List.of("https://example.com/label.png"))
			.containsEntry("StatusCallback", List.of("https://example.com/twilio/status"));
	}

	@Test
	void listExampleFiltersByRecipientWithPageSize() {
		MessageListRequest request = MessageListRequest.builder().to("+15558675310").pageSize(50).build();
		assertThat(request.parameters().asMap()).containsEntry("To", List.of("+15558675310"))
			.containsEntry("PageSize", List.of("50"));
	}

	@Test
	void callExampleSendsInlineTwimlAndRepeatedEvents() {
		CallCreateRequest request = CallCreateRequest.builder()
			.to("+15558675310")
			.from("+15017122661")
			.twiml(VoiceResponse.builder().say("Your code is 1 2 3 4").build())
			.statusCallback("https://example.com/twilio/status")
			.statusCallbackEvent(CallCreateRequest.Event.ANSWERED, CallCreateRequest.Event.COMPLETED)
			.build();
		assertThat(request.parameters().asMap())
			.containsEntry("Twiml",
					List.of("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Say>Your code is 1 2 3 4</Say></Response>"))
			.containsEntry("StatusCallbackEvent", List.of("answered", "completed"));
	}

	@Test
	void twimlExampleRendersTheMenu() {
		String xml = VoiceResponse.builder()
			.say(Say.text("Welcome to Example Corp.").voice("Polly.Joanna"))
			.gather(Gather.builder()
				.input(Gather.Input.DTMF)
				.numDigits(1)
				.action("/twilio/voice/menu")
				.say("Press 1 for the time, 2 to leave a message."))
			.redirect("/twilio/voice")
			.build()
			.toXml();
		assertThat(xml).isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response>"
				+ "<Say voice=\"Polly.Joanna\">Welcome to Example Corp.</Say>"
				+ "<Gather action=\"/twilio/voice/menu\" input=\"dtmf\" numDigits=\"1\">"
				+ "<Say>Press 1 for the time, 2 to leave a message.</Say></Gather>"
				+ "<Redirect>/twilio/voice</Redirect></Response>");
	}

	@Test
	void accessTokenExampleCarriesIdentityRoomAndTtl() {
		String jwt = AccessToken
			.builder("AC0123456789abcdef0123456789abcdef", "SK0123456789abcdef0123456789abcdef",
					"api-key-secret-0123456789")
			.identity("alice")
			.grant(VideoGrant.room("daily-standup"))
			.ttl(Duration.ofMinutes(30))
			.build()
			.toJwt();
		String[] parts = jwt.split("\\.");
		assertThat(parts).hasSize(3);
		String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
		assertThat(claims).contains("\"identity\":\"alice\"").contains("\"room\":\"daily-standup\"");
		assertThat(jwt).doesNotContain("api-key-secret");
	}

	@Test
	void tenantValidatorResolverExampleChecksEachTenantWithItsOwnToken() {
		TenantTokens tokens = new TenantTokens(Map.of("AC11111111111111111111111111111111", "tenant-one-token"));
		WebhookSignatureValidatorResolver resolver = tenantWebhookValidators(tokens);
		String url = "https://example.com/twilio/sms";
		Map<String, List<String>> parameters = Map.of("AccountSid", List.of("AC11111111111111111111111111111111"));
		String signature = TwilioSignatureValidator.computeSignature("tenant-one-token", url, parameters);
		TwilioSignatureValidator validator = resolver.resolve("AC11111111111111111111111111111111");
		assertThat(validator).isNotNull();
		assertThat(validator.validate(url, parameters, signature).isValid()).isTrue();
		assertThat(resolver.resolve("AC11111111111111111111111111111111")).isSameAs(validator);
		assertThat(resolver.resolve("AC22222222222222222222222222222222")).isNull();
	}

	// As in the README, apart from the @Bean annotation
	WebhookSignatureValidatorResolver tenantWebhookValidators(TenantTokens tokens) {
		Map<String, TwilioSignatureValidator> validators = new ConcurrentHashMap<>();
		return (accountSid) -> tokens.isTenant(accountSid)
				? validators.computeIfAbsent(accountSid, (sid) -> TwilioSignatureValidator.of(tokens.of(sid)))
				: null;
	}

	record TenantTokens(Map<String, String> tokens) {

		boolean isTenant(String accountSid) {
			return this.tokens.containsKey(accountSid);
		}

		String of(String accountSid) {
			return this.tokens.get(accountSid);
		}

	}

}
