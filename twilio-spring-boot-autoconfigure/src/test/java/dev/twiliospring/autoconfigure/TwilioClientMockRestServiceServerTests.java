package dev.twiliospring.autoconfigure;

import dev.twiliospring.client.StubTwilioServer;
import dev.twiliospring.client.StubTwilioServer.Response;
import dev.twiliospring.client.TwilioClient;
import dev.twiliospring.client.api.Message;
import dev.twiliospring.client.api.MessageCreateRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.restclient.RestClientCustomizer;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.client.ExpectedCount.never;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

/**
 * Tests for {@link TwilioAutoConfiguration} with Spring's {@link MockRestServiceServer},
 * as docs/testing.md describes it.
 */
class TwilioClientMockRestServiceServerTests {

	private static final String MESSAGES_URL = "https://api.twilio.com/2010-04-01/Accounts/"
			+ StubTwilioServer.ACCOUNT_SID + "/Messages.json";

	private static final String QUEUED = "{\"sid\":\"SM00000000000000000000000000000001\",\"status\":\"queued\"}";

	private final StubTwilioServer twilio = StubTwilioServer.start();

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(HttpClientAutoConfiguration.class,
				ImperativeHttpClientAutoConfiguration.class, RestClientAutoConfiguration.class,
				TwilioAutoConfiguration.class))
		.withPropertyValues("twilio.account-sid=" + StubTwilioServer.ACCOUNT_SID,
				"twilio.auth-token=" + StubTwilioServer.AUTH_TOKEN);

	@AfterEach
	void stop() {
		this.twilio.close();
	}

	@Test
	void mockServerBoundByRestClientCustomizerDoesNotSeeTheAutoConfiguredClient() {
		// How @RestClientTest and @AutoConfigureMockRestServiceServer bind their server
		RestClientBinding binding = new RestClientBinding();
		this.twilio.enqueue(Response.json(201, QUEUED));
		this.contextRunner.withPropertyValues("twilio.base-url=" + this.twilio.baseUrl())
			.withBean(RestClientCustomizer.class, () -> binding)
			.run((context) -> {
				assertThat(binding.server).isNotNull();
				binding.server.expect(never(), requestTo(org.hamcrest.Matchers.anything()));
				send(context.getBean(TwilioClient.class));
				assertThat(this.twilio.requestCount()).isOne();
				binding.server.verify();
			});
	}

	@Test
	void clientDefinedOnBuilderBoundToMockServerSendsThroughIt() {
		RestClient.Builder restClient = RestClient.builder();
		MockRestServiceServer server = MockRestServiceServer.bindTo(restClient).build();
		this.contextRunner
			.withBean(TwilioClient.class,
					() -> TwilioClient.builder()
						.accountSid(StubTwilioServer.ACCOUNT_SID)
						.authToken(StubTwilioServer.AUTH_TOKEN)
						.restClientBuilder(restClient)
						.build())
			.run((context) -> {
				server.expect(requestTo(MESSAGES_URL))
					.andExpect(method(HttpMethod.POST))
					.andRespond(withSuccess(QUEUED, MediaType.APPLICATION_JSON));
				Message message = send(context.getBean(TwilioClient.class));
				assertThat(message.sid()).isEqualTo("SM00000000000000000000000000000001");
				server.verify();
			});
		assertThat(this.twilio.requestCount()).isZero();
	}

	private static Message send(TwilioClient client) {
		return client.messages()
			.create(MessageCreateRequest.builder().to("+15558675310").from("+15017122661").body("Hi").build());
	}

	static final class RestClientBinding implements RestClientCustomizer {

		private MockRestServiceServer server;

		@Override
		public void customize(RestClient.Builder builder) {
			this.server = MockRestServiceServer.bindTo(builder).build();
		}

	}

}
