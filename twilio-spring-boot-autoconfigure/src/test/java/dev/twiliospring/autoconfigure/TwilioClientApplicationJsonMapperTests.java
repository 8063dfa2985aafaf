package dev.twiliospring.autoconfigure;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Map;

import dev.twiliospring.client.Page;
import dev.twiliospring.client.StubTwilioServer;
import dev.twiliospring.client.StubTwilioServer.Response;
import dev.twiliospring.client.TwilioClient;
import dev.twiliospring.client.api.Account;
import dev.twiliospring.client.api.Message;
import dev.twiliospring.client.api.MessageListRequest;
import dev.twiliospring.client.token.AccessToken;
import dev.twiliospring.client.token.VideoGrant;
import dev.twiliospring.client.verify.Verification;
import dev.twiliospring.client.verify.VerificationChannel;
import dev.twiliospring.client.verify.VerificationCheck;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * Tests for the {@link TwilioClient} of {@link TwilioAutoConfiguration} next to an
 * application's own Jackson configuration: the client reads Twilio's answers with its
 * own mapper, and the application's mapper reads back the records it writes.
 */
class TwilioClientApplicationJsonMapperTests {

	private final StubTwilioServer server = StubTwilioServer.start();

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withInitializer(TestEnvironments::isolate)
		.withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class,
				HttpMessageConvertersAutoConfiguration.class, HttpClientAutoConfiguration.class,
				ImperativeHttpClientAutoConfiguration.class, RestClientAutoConfiguration.class,
				TwilioAutoConfiguration.class))
		.withPropertyValues("twilio.account-sid=" + StubTwilioServer.ACCOUNT_SID,
				"twilio.auth-token=" + StubTwilioServer.AUTH_TOKEN, "twilio.base-url=" + this.server.baseUrl(),
				"spring.jackson.property-naming-strategy=SNAKE_CASE",
				"spring.jackson.default-property-inclusion=non_null",
				"spring.jackson.deserialization.fail-on-unknown-properties=true");

	@AfterEach
	void stopServer() {
		this.server.close();
	}

	@ParameterizedTest
	@ValueSource(strings = { "built-in", "spring-boot" })
	void clientReadsTwilioAnswersWhateverTheApplicationMapperIsConfiguredTo(String transport) {
		this.server.enqueue(Response.fixture(200, "message.json"), Response.fixture(200, "messages-page-0.json"));
		this.contextRunner.withPropertyValues("twilio.transport=" + transport).run((context) -> {
			assertThat(context).hasNotFailed();
			TwilioClient client = context.getBean(TwilioClient.class);
			// Twilio's RFC 2822 dates and the fields the record does not declare fail
			// with the application's mapper, as checked below
			Message message = client.messages().fetch("SMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
			assertThat(message.dateCreated())
				.isEqualTo(OffsetDateTime.of(2019, 5, 24, 17, 18, 27, 0, ZoneOffset.UTC));
			assertThat(message.status()).isEqualTo(Message.Status.SENT);
			Page<Message> page = client.messages().list(MessageListRequest.builder().build());
			assertThat(page.items()).isNotEmpty();
			JsonMapper applicationMapper = context.getBean(JsonMapper.class);
			assertThatException()
				.isThrownBy(() -> applicationMapper.readValue(Response.fixture("message.json"), Message.class));
			assertThat(applicationMapper.readValue(applicationMapper.writeValueAsString(message), Message.class))
				.isEqualTo(message);
			assertThat(applicationMapper.readValue(applicationMapper.writeValueAsString(page),
					new TypeReference<Page<Message>>() {
					}))
				.isEqualTo(page);
		});
	}

	@Test
	void applicationMapperLeavesOutTheAuthTokenOfAnAccount() {
		this.server.enqueue(Response.fixture(200, "account.json"));
		this.contextRunner.run((context) -> {
			Account account = context.getBean(TwilioClient.class)
				.accounts()
				.fetch("ACbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb");
			assertThat(account.authToken()).isEqualTo("subaccount-auth-token-0123456789ab");
			// As a controller that returns the account would write it
			String json = context.getBean(JsonMapper.class).writeValueAsString(account);
			assertThat(json).contains("\"friendly_name\":\"Spring tenant 42\"")
				.doesNotContain("auth_token")
				.doesNotContain("subaccount-auth-token");
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "spring.jackson.visibility.field=none", "spring.jackson.visibility.field=any" })
	void applicationMapperWritesAnAccessTokenAsItsJwtWithoutTheSecret(String visibility) {
		String secret = "api-key-secret-0123456789abcdef";
		AccessToken token = AccessToken.builder(StubTwilioServer.ACCOUNT_SID, "SKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", secret)
			.identity("alice")
			.grant(VideoGrant.room("daily-standup"))
			.clock(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC))
			.build();
		this.contextRunner.withPropertyValues(visibility).run((context) -> {
			// As a controller that hands the token to a browser would write it
			String json = context.getBean(JsonMapper.class).writeValueAsString(Map.of("token", token));
			assertThat(json).isEqualTo("{\"token\":\"" + token.toJwt() + "\"}")
				.doesNotContain(secret)
				.doesNotContain(Base64.getEncoder().encodeToString(secret.getBytes()));
		});
	}

	@Test
	void applicationMapperReadsBackTheVerificationsItWrites() {
		this.server.enqueue(Response.fixture(201, "verify/verification.json"),
				Response.fixture(200, "verify/verification-check-approved.json"));
		this.contextRunner.run((context) -> {
			TwilioClient client = context.getBean(TwilioClient.class);
			Verification verification = client.verify()
				.start("VAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "+15017122661", VerificationChannel.SMS);
			VerificationCheck check = client.verify()
				.check("VAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "+15017122661", "123456");
			JsonMapper applicationMapper = context.getBean(JsonMapper.class);
			String verificationJson = applicationMapper.writeValueAsString(verification);
			String checkJson = applicationMapper.writeValueAsString(check);
			// Only Twilio's own fields: isPending() and isApproved() are helpers on status
			assertThat(applicationMapper.readTree(verificationJson).propertyNames()).doesNotContain("pending");
			assertThat(applicationMapper.readTree(checkJson).propertyNames()).doesNotContain("approved");
			assertThat(applicationMapper.readValue(verificationJson, Verification.class)).isEqualTo(verification);
			assertThat(applicationMapper.readValue(checkJson, VerificationCheck.class)).isEqualTo(check);
		});
	}

}
