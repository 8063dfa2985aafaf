package dev.twiliospring.docs;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
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
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the code examples in the README: each example is written here as it appears
 * there, and what it builds is checked.
 */
class ReadmeExamplesTests {

	private static final String TENANT = "AC11111111111111111111111111111111";

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
		TenantTokens tokens = new TenantTokens();
		tokens.put(TENANT, "tenant-one-token");
		WebhookSignatureValidatorResolver resolver = new TenantWebhookValidators(tokens);
		TwilioSignatureValidator validator = resolver.resolve(TENANT);
		assertThat(validator).isNotNull();
		assertThat(isSignedFor(validator, "tenant-one-token")).isTrue();
		assertThat(resolver.resolve(TENANT)).isSameAs(validator);
		assertThat(resolver.resolve("AC22222222222222222222222222222222")).isNull();
	}

	@Test
	void tenantValidatorResolverExampleFollowsARotatedTokenOnceToldToForget() {
		TenantTokens tokens = new TenantTokens();
		tokens.put(TENANT, "old-token");
		TenantWebhookValidators resolver = new TenantWebhookValidators(tokens);
		assertThat(isSignedFor(resolver.resolve(TENANT), "old-token")).isTrue();
		// A secondary token is made, and accepted before it is promoted
		tokens.put(TENANT, "old-token", "new-token");
		resolver.forget(TENANT);
		assertThat(isSignedFor(resolver.resolve(TENANT), "old-token")).isTrue();
		assertThat(isSignedFor(resolver.resolve(TENANT), "new-token")).isTrue();
		// Promoted: Twilio signs with the new token, and the old one is dropped
		tokens.put(TENANT, "new-token");
		resolver.forget(TENANT);
		assertThat(isSignedFor(resolver.resolve(TENANT), "new-token")).isTrue();
		assertThat(isSignedFor(resolver.resolve(TENANT), "old-token")).isFalse();
	}

	private static boolean isSignedFor(@Nullable TwilioSignatureValidator validator, String authToken) {
		String url = "https://example.com/twilio/sms";
		Map<String, List<String>> parameters = Map.of("AccountSid", List.of(TENANT));
		String signature = TwilioSignatureValidator.computeSignature(authToken, url, parameters);
		assertThat(validator).isNotNull();
		return validator.validate(url, parameters, signature).isValid();
	}

	// As in the README, apart from the @Component annotation
	static class TenantWebhookValidators implements WebhookSignatureValidatorResolver {

		private final Map<String, TwilioSignatureValidator> validators = new ConcurrentHashMap<>();

		private final TenantTokens tokens;

		TenantWebhookValidators(TenantTokens tokens) {
			this.tokens = tokens;
		}

		@Override
		public @Nullable TwilioSignatureValidator resolve(String accountSid) {
			return this.tokens.isTenant(accountSid) ? this.validators.computeIfAbsent(accountSid,
					(sid) -> TwilioSignatureValidator.of(this.tokens.of(sid), this.tokens.alsoAccepted(sid))) : null;
		}

		// Call on every instance when a tenant's tokens change: rotated, promoted or closed
		void forget(String accountSid) {
			this.validators.remove(accountSid);
		}

	}

	/**
	 * The application's store of its tenants' tokens: the one Twilio signs with, and the
	 * other one while a rotation is under way.
	 */
	static class TenantTokens {

		private final Map<String, String[]> tokens = new ConcurrentHashMap<>();

		void put(String accountSid, String... tokens) {
			this.tokens.put(accountSid, tokens);
		}

		boolean isTenant(String accountSid) {
			return this.tokens.containsKey(accountSid);
		}

		String of(String accountSid) {
			return this.tokens.get(accountSid)[0];
		}

		String[] alsoAccepted(String accountSid) {
			String[] all = this.tokens.get(accountSid);
			return Arrays.copyOfRange(all, 1, all.length);
		}

	}

}
