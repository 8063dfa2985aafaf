package dev.twiliospring.autoconfigure.sdk;

import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.type.PhoneNumber;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.StandardEnvironment;

import dev.twiliospring.autoconfigure.TestEnvironments;
import dev.twiliospring.autoconfigure.TwilioAutoConfiguration;
import dev.twiliospring.autoconfigure.TwilioConnectionDetails;
import dev.twiliospring.client.RecordingTwilioClientListener;
import dev.twiliospring.client.StubTwilioServer;
import dev.twiliospring.client.StubTwilioServer.RecordedRequest;
import dev.twiliospring.client.StubTwilioServer.Response;
import dev.twiliospring.client.TwilioClient;
import dev.twiliospring.client.TwilioDomain;
import dev.twiliospring.client.TwilioRequestContext;
import dev.twiliospring.sdk.TwilioSdkHttpClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link TwilioSdkAutoConfiguration}.
 */
class TwilioSdkAutoConfigurationTests {

	private static final String ACCOUNT_SID = "AC0123456789abcdef0123456789abcdef";

	private static final String OTHER_ACCOUNT_SID = "ACfedcba9876543210fedcba9876543210";

	private static final String AUTH_TOKEN = "s3cr3t-auth-token-value-0123456789";

	private static final String API_KEY_SID = "SK0123456789abcdef0123456789abcdef";

	private static final String API_KEY_SECRET = "s3cr3t-api-key-secret-0123456789";

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withInitializer(TestEnvironments::isolate)
		.withConfiguration(AutoConfigurations.of(TwilioAutoConfiguration.class, TwilioSdkAutoConfiguration.class));


	@Test
	void restClientUsesAccountRegionAndEdgeOfProperties() {
		this.contextRunner
			.withPropertyValues("twilio.account-sid=" + ACCOUNT_SID, "twilio.auth-token=" + AUTH_TOKEN,
					"twilio.region=IE1", "twilio.edge=dublin")
			.run((context) -> {
				assertThat(context).hasSingleBean(TwilioRestClient.class);
				TwilioRestClient restClient = context.getBean(TwilioRestClient.class);
				assertThat(restClient.getAccountSid()).isEqualTo(ACCOUNT_SID);
				assertThat(restClient.getRegion()).isEqualTo("ie1");
				assertThat(restClient.getEdge()).isEqualTo("dublin");
				assertThat(restClient.getHttpClient()).isInstanceOf(TwilioSdkHttpClient.class);
			});
	}

	@Test
	void sdkCallGoesThroughTwilioClientWithItsListener() {
		try (StubTwilioServer server = StubTwilioServer.start()) {
			server.enqueue(Response.fixture(201, "message.json"));
			RecordingTwilioClientListener listener = new RecordingTwilioClientListener();
			this.contextRunner
				.withPropertyValues("twilio.account-sid=" + ACCOUNT_SID, "twilio.api-key.sid=" + API_KEY_SID,
						"twilio.api-key.secret=" + API_KEY_SECRET, "twilio.auth-token=" + AUTH_TOKEN,
						"twilio.base-url=" + server.baseUrl())
				.withBean(RecordingTwilioClientListener.class, () -> listener)
				.run((context) -> {
					TwilioRestClient restClient = context.getBean(TwilioRestClient.class);
					Message message = Message
						.creator(new PhoneNumber("+18182008801"), new PhoneNumber("+12019235161"), "testing")
						.create(restClient);
					assertThat(message.getSid()).isEqualTo("SMb7c0a2ce80504485a6f653a7110836f5");
					RecordedRequest request = server.takeRequest();
					assertThat(request.path()).isEqualTo("/2010-04-01/Accounts/" + ACCOUNT_SID + "/Messages.json");
					assertThat(request.basicCredentials()).isEqualTo(API_KEY_SID + ":" + API_KEY_SECRET);
					TwilioRequestContext observed = listener.only();
					assertThat(observed.domain()).isEqualTo(TwilioDomain.API);
					assertThat(observed.pathTemplate()).isEqualTo("/2010-04-01/Accounts/{AccountSid}/Messages.json");
					TwilioSdkHttpClient httpClient = (TwilioSdkHttpClient) restClient.getHttpClient();
					assertThat(httpClient.getLastRequest().getUsername()).isEqualTo(API_KEY_SID);
				});
		}
	}

	@Test
	void sdkCallGoesThroughAClientOfTheApplicationsOwnWithoutConnectionDetails() {
		try (StubTwilioServer server = StubTwilioServer.start()) {
			server.enqueue(Response.fixture(201, "message.json"));
			new ApplicationContextRunner().withInitializer(TestEnvironments::isolate)
				.withConfiguration(AutoConfigurations.of(TwilioSdkAutoConfiguration.class))
				.withBean(TwilioClient.class, () -> server.clientBuilder().accountSid(ACCOUNT_SID).build())
				.run((context) -> {
					assertThat(context).hasNotFailed().doesNotHaveBean(TwilioConnectionDetails.class);
					TwilioRestClient restClient = context.getBean(TwilioRestClient.class);
					assertThat(restClient.getAccountSid()).isEqualTo(ACCOUNT_SID);
					Message message = Message
						.creator(new PhoneNumber("+18182008801"), new PhoneNumber("+12019235161"), "testing")
						.create(restClient);
					assertThat(message.getSid()).isEqualTo("SMb7c0a2ce80504485a6f653a7110836f5");
					assertThat(server.takeRequest().basicCredentials())
						.isEqualTo(ACCOUNT_SID + ":" + StubTwilioServer.AUTH_TOKEN);
				});
		}
	}

	@Test
	void backsOffWhenUserDefinesRestClient() {
		this.contextRunner.withPropertyValues("twilio.account-sid=" + ACCOUNT_SID, "twilio.auth-token=" + AUTH_TOKEN)
			.withUserConfiguration(UserRestClientConfiguration.class)
			.run((context) -> {
				assertThat(context).hasSingleBean(TwilioRestClient.class);
				assertThat(context.getBean(TwilioRestClient.class))
					.isSameAs(context.getBean(UserRestClientConfiguration.class).restClient);
			});
	}

	@Test
	void noRestClientWithoutTwilioClient() {
		this.contextRunner.withPropertyValues("twilio.auth-token=" + AUTH_TOKEN).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context).doesNotHaveBean(TwilioClient.class);
			assertThat(context).doesNotHaveBean(TwilioRestClient.class);
		});
	}

	@Test
	void usesThePrimaryOfSeveralTwilioClients() {
		this.contextRunner.withPropertyValues("twilio.auth-token=" + AUTH_TOKEN)
			.withUserConfiguration(SeveralClientsConfiguration.class)
			.withBean("primaryClient", TwilioClient.class,
					() -> TwilioClient.builder().accountSid(ACCOUNT_SID).authToken(AUTH_TOKEN).build(),
					(definition) -> definition.setPrimary(true))
			.run((context) -> assertThat(context.getBean(TwilioRestClient.class).getAccountSid())
				.isEqualTo(ACCOUNT_SID));
	}

	@Test
	void noRestClientWhenSeveralTwilioClientsHaveNoPrimary() {
		this.contextRunner.withPropertyValues("twilio.auth-token=" + AUTH_TOKEN)
			.withUserConfiguration(SeveralClientsConfiguration.class)
			.withBean("otherClient", TwilioClient.class,
					() -> TwilioClient.builder().accountSid(ACCOUNT_SID).authToken(AUTH_TOKEN).build())
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context).doesNotHaveBean(TwilioRestClient.class);
			});
	}

	@Test
	void switchesOffWithoutTheSdk() {
		this.contextRunner.withPropertyValues("twilio.account-sid=" + ACCOUNT_SID, "twilio.auth-token=" + AUTH_TOKEN)
			.withClassLoader(new FilteredClassLoader(TwilioRestClient.class))
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context).hasSingleBean(TwilioClient.class);
				assertThat(context).doesNotHaveBean("twilioRestClient");
			});
	}

	@Configuration(proxyBeanMethods = false)
	static class SeveralClientsConfiguration {

		@Bean
		TwilioClient twilioClient() {
			return TwilioClient.builder().accountSid(OTHER_ACCOUNT_SID).authToken(AUTH_TOKEN).build();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class UserRestClientConfiguration {

		final TwilioRestClient restClient = new TwilioRestClient.Builder(ACCOUNT_SID, AUTH_TOKEN).build();

		@Bean
		TwilioRestClient userRestClient() {
			return this.restClient;
		}

	}

}
