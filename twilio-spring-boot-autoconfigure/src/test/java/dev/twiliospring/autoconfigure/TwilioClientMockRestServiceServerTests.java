package dev.twiliospring.autoconfigure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import dev.twiliospring.client.StubTwilioServer;
import dev.twiliospring.client.StubTwilioServer.Response;
import dev.twiliospring.client.TwilioApiException;
import dev.twiliospring.client.TwilioClient;
import dev.twiliospring.client.TwilioClientListener;
import dev.twiliospring.client.TwilioRequestContext;
import dev.twiliospring.client.TwilioRetryReason;
import dev.twiliospring.client.api.Message;
import dev.twiliospring.client.api.MessageCreateRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.restclient.test.autoconfigure.MockRestServiceServerAutoConfiguration;
import org.springframework.boot.restclient.test.autoconfigure.RestClientTest;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.test.web.client.ExpectedCount.times;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withStatus;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

/**
 * Tests for {@link TwilioAutoConfiguration} with Spring Boot's
 * {@link MockRestServiceServer} support, as {@code @RestClientTest} and
 * {@code @AutoConfigureMockRestServiceServer} set it up. Every client is pointed at a
 * loopback stub, which counts the requests that bypass the mock.
 */
class TwilioClientMockRestServiceServerTests {

	private static final String QUEUED = "{\"sid\":\"SM00000000000000000000000000000001\",\"status\":\"queued\"}";

	private static final String ERROR = "{\"code\":20429,\"message\":\"Too Many Requests\",\"status\":429}";

	private final StubTwilioServer twilio = StubTwilioServer.start();

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(RestClientAutoConfiguration.class,
				MockRestServiceServerAutoConfiguration.class, TwilioAutoConfiguration.class))
		.withPropertyValues("spring.test.restclient.mockrestserviceserver.enabled=true",
				"twilio.account-sid=" + StubTwilioServer.ACCOUNT_SID, "twilio.auth-token=" + StubTwilioServer.AUTH_TOKEN,
				"twilio.base-url=" + this.twilio.baseUrl(), "twilio.retry.initial-backoff=0ms");

	@AfterEach
	void stop() {
		this.twilio.close();
	}

	@Test
	void autoConfiguredClientSendsThroughBootsMockServer() {
		this.contextRunner.run((context) -> {
			// Made, and bound to the mock, when first used
			TwilioClient client = context.getBean(TwilioClient.class);
			MockRestServiceServer server = context.getBean(MockRestServiceServer.class);
			server.expect(requestTo(messagesUrl(this.twilio)))
				.andExpect(method(HttpMethod.POST))
				.andRespond(withSuccess(QUEUED, MediaType.APPLICATION_JSON));
			Message message = send(client);
			assertThat(message.sid()).isEqualTo("SM00000000000000000000000000000001");
			server.verify();
		});
		assertThat(this.twilio.requestCount()).isZero();
	}

	@Test
	void autoConfiguredClientSendsThroughBootsMockServerWhenBootsHttpClientIsConfigured() {
		this.contextRunner
			.withConfiguration(AutoConfigurations.of(HttpClientAutoConfiguration.class,
					ImperativeHttpClientAutoConfiguration.class))
			.withPropertyValues("twilio.transport=spring-boot")
			.run((context) -> {
				TwilioClient client = context.getBean(TwilioClient.class);
				MockRestServiceServer server = context.getBean(MockRestServiceServer.class);
				server.expect(requestTo(messagesUrl(this.twilio)))
					.andRespond(withSuccess(QUEUED, MediaType.APPLICATION_JSON));
				assertThat(send(client).sid())
					.isEqualTo("SM00000000000000000000000000000001");
				server.verify();
			});
		assertThat(this.twilio.requestCount()).isZero();
	}

	@Test
	void clientRetriesAnswersOfTheMockServerAndSeesTheirErrors() {
		List<TwilioRetryReason> retries = new ArrayList<>();
		this.contextRunner.withPropertyValues("twilio.max-retries=1")
			.withBean(TwilioClientListener.class, () -> new TwilioClientListener() {

				@Override
				public void onRetry(TwilioRequestContext context, TwilioRetryReason reason, Duration delay) {
					retries.add(reason);
				}

			})
			.run((context) -> {
				TwilioClient client = context.getBean(TwilioClient.class);
				MockRestServiceServer server = context.getBean(MockRestServiceServer.class);
				server.expect(times(2), requestTo(messagesUrl(this.twilio)))
					.andRespond(withStatus(HttpStatus.TOO_MANY_REQUESTS).contentType(MediaType.APPLICATION_JSON)
						.body(ERROR));
				assertThatExceptionOfType(TwilioApiException.class).isThrownBy(() -> send(client))
					.satisfies((ex) -> {
						assertThat(ex.getStatusCode()).isEqualTo(429);
						assertThat(ex.getCode()).isEqualTo(20429);
					});
				server.verify();
			});
		assertThat(retries).hasSize(1);
		assertThat(this.twilio.requestCount()).isZero();
	}

	@Test
	void clientRetriesServerErrorOfTheMockServerAndThenSucceeds() {
		this.contextRunner.withPropertyValues("twilio.max-retries=1").run((context) -> {
			TwilioClient client = context.getBean(TwilioClient.class);
			MockRestServiceServer server = context.getBean(MockRestServiceServer.class);
			server.expect(requestTo(messagesUrl(this.twilio))).andRespond(withStatus(HttpStatus.SERVICE_UNAVAILABLE));
			server.expect(requestTo(messagesUrl(this.twilio)))
				.andRespond(withSuccess(QUEUED, MediaType.APPLICATION_JSON));
			assertThat(send(client).sid()).isEqualTo("SM00000000000000000000000000000001");
			server.verify();
		});
		assertThat(this.twilio.requestCount()).isZero();
	}

	@Test
	void clientSendsWithItsOwnTransportWithoutMockServer() {
		this.twilio.enqueue(Response.json(201, QUEUED));
		this.contextRunner.withPropertyValues("spring.test.restclient.mockrestserviceserver.enabled=false")
			.run((context) -> {
				assertThat(context).doesNotHaveBean(MockRestServiceServer.class);
				assertThat(send(context.getBean(TwilioClient.class)).sid())
					.isEqualTo("SM00000000000000000000000000000001");
			});
		assertThat(this.twilio.requestCount()).isOne();
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
				server.expect(requestTo("https://api.twilio.com/2010-04-01/Accounts/" + StubTwilioServer.ACCOUNT_SID
						+ "/Messages.json"))
					.andExpect(method(HttpMethod.POST))
					.andRespond(withSuccess(QUEUED, MediaType.APPLICATION_JSON));
				Message message = send(context.getBean(TwilioClient.class));
				assertThat(message.sid()).isEqualTo("SM00000000000000000000000000000001");
				server.verify();
			});
		assertThat(this.twilio.requestCount()).isZero();
	}

	/**
	 * Boot's customizer binds its mock to the builders it customizes, which an
	 * application's own {@code RestClient.Builder} is not: the client took the mock's
	 * customizer for a bound mock all the same, and sent with that builder's request
	 * factory instead of its own transport, as it does without the mock.
	 */
	@Test
	void clientOnAnApplicationsOwnBuilderThatTheMockIsNotBoundToSendsWithItsOwnTransport() {
		AtomicInteger applicationRequests = new AtomicInteger();
		SimpleClientHttpRequestFactory simple = new SimpleClientHttpRequestFactory();
		ClientHttpRequestFactory applicationFactory = (uri, httpMethod) -> {
			applicationRequests.incrementAndGet();
			return simple.createRequest(uri, httpMethod);
		};
		this.twilio.enqueue(Response.json(201, QUEUED));
		this.contextRunner
			.withBean("applicationRestClientBuilder", RestClient.Builder.class,
					() -> RestClient.builder().requestFactory(applicationFactory))
			.run((context) -> assertThat(send(context.getBean(TwilioClient.class)).sid())
				.isEqualTo("SM00000000000000000000000000000001"));
		assertThat(this.twilio.requestCount()).isOne();
		assertThat(applicationRequests).hasValue(0);
	}

	private static String messagesUrl(StubTwilioServer twilio) {
		return twilio.baseUrl() + "/2010-04-01/Accounts/" + StubTwilioServer.ACCOUNT_SID + "/Messages.json";
	}

	private static Message send(TwilioClient client) {
		return client.messages()
			.create(MessageCreateRequest.builder().to("+15558675310").from("+15017122661").body("Hi").build());
	}

	/**
	 * A {@code @RestClientTest} of a service that uses the client.
	 */
	@Nested
	@RestClientTest(properties = { "twilio.account-sid=" + StubTwilioServer.ACCOUNT_SID,
			"twilio.auth-token=" + StubTwilioServer.AUTH_TOKEN })
	class RestClientSlice {

		private static final StubTwilioServer bypassed = StubTwilioServer.start();

		@Autowired
		Notifier notifier;

		@Autowired
		MockRestServiceServer server;

		@DynamicPropertySource
		static void baseUrl(DynamicPropertyRegistry registry) {
			registry.add("twilio.base-url", () -> bypassed.baseUrl().toString());
		}

		@AfterAll
		static void stop() {
			bypassed.close();
		}

		@Test
		void serviceSendsThroughTheMockServer() {
			this.server.expect(requestTo(messagesUrl(bypassed)))
				.andExpect(method(HttpMethod.POST))
				.andRespond(withSuccess(QUEUED, MediaType.APPLICATION_JSON));
			assertThat(this.notifier.notify("+15558675310")).isEqualTo("SM00000000000000000000000000000001");
			this.server.verify();
			assertThat(bypassed.requestCount()).isZero();
		}

		@SpringBootConfiguration
		@Import(Notifier.class)
		static class App {

		}

	}

	/**
	 * A {@code @RestClientTest} of a service of another API, in an application that
	 * configures Twilio: the slice's Twilio client, which the test does not use, bound
	 * the mock to a second builder, and the mock refused every expectation of the test.
	 */
	@Nested
	@RestClientTest(properties = { "twilio.account-sid=" + StubTwilioServer.ACCOUNT_SID,
			"twilio.auth-token=" + StubTwilioServer.AUTH_TOKEN })
	class RestClientSliceOfAnotherApi {

		@Autowired
		Forecasts forecasts;

		@Autowired
		MockRestServiceServer server;

		@Test
		void serviceSendsThroughTheMockServer() {
			this.server.expect(requestTo("https://weather.example.com/today"))
				.andRespond(withSuccess("sunny", MediaType.TEXT_PLAIN));
			assertThat(this.forecasts.today()).isEqualTo("sunny");
			this.server.verify();
		}

		@SpringBootConfiguration
		@Import(Forecasts.class)
		static class App {

		}

	}

	static class Forecasts {

		private final RestClient restClient;

		Forecasts(RestClient.Builder restClientBuilder) {
			this.restClient = restClientBuilder.baseUrl("https://weather.example.com").build();
		}

		String today() {
			return this.restClient.get().uri("/today").retrieve().body(String.class);
		}

	}

	static class Notifier {

		private final TwilioClient client;

		Notifier(TwilioClient client) {
			this.client = client;
		}

		String notify(String to) {
			return this.client.messages()
				.create(MessageCreateRequest.builder().to(to).from("+15017122661").body("Hi").build())
				.sid();
		}

	}

}
