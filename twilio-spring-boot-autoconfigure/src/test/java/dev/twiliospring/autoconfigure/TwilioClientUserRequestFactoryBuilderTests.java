package dev.twiliospring.autoconfigure;

import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.JdkClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.autoconfigure.ClientHttpRequestFactoryBuilderCustomizer;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.client.BufferingClientHttpRequestFactory;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.http.client.JettyClientHttpRequestFactory;
import org.springframework.http.client.SimpleClientHttpRequestFactory;

import dev.twiliospring.client.StubTwilioServer;
import dev.twiliospring.client.StubTwilioServer.RecordedRequest;
import dev.twiliospring.client.StubTwilioServer.Response;
import dev.twiliospring.client.TwilioApiException;
import dev.twiliospring.client.TwilioClient;
import dev.twiliospring.client.TwilioDomain;
import dev.twiliospring.client.TwilioRequest;
import dev.twiliospring.client.api.Account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for the {@link TwilioClient} that {@link TwilioAutoConfiguration} builds on a
 * {@link ClientHttpRequestFactoryBuilder} of the application's own, made with
 * {@link ClientHttpRequestFactoryBuilder#of(Supplier)}, which Spring Boot cannot tell
 * not to follow redirects.
 */
@ExtendWith(OutputCaptureExtension.class)
class TwilioClientUserRequestFactoryBuilderTests {

	private static final String ACCOUNT_JSON = "{\"sid\": \"" + StubTwilioServer.ACCOUNT_SID
			+ "\", \"status\": \"active\", \"type\": \"Full\"}";

	private final StubTwilioServer server = StubTwilioServer.start();

	private final StubTwilioServer otherHost = StubTwilioServer.start();

	private final List<AutoCloseable> clients = new ArrayList<>();

	private final AtomicInteger built = new AtomicInteger();

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withInitializer(TestEnvironments::isolate)
		.withConfiguration(AutoConfigurations.of(HttpClientAutoConfiguration.class,
				ImperativeHttpClientAutoConfiguration.class, RestClientAutoConfiguration.class,
				TwilioAutoConfiguration.class))
		.withPropertyValues("twilio.account-sid=" + StubTwilioServer.ACCOUNT_SID,
				"twilio.auth-token=" + StubTwilioServer.AUTH_TOKEN, "twilio.base-url=" + this.server.baseUrl(),
				"twilio.transport=spring-boot");

	@AfterEach
	void stopServers() throws Exception {
		this.server.close();
		this.otherHost.close();
		for (AutoCloseable client : this.clients) {
			client.close();
		}
	}

	@ParameterizedTest
	@EnumSource(Kind.class)
	void clientSendsWithTheApplicationsRequestFactory(Kind kind) {
		this.server.enqueue(Response.json(200, ACCOUNT_JSON));
		withBuilderOf(kind).run((context) -> {
			assertThat(context).hasNotFailed();
			Account account = context.getBean(TwilioClient.class).accounts().fetch();
			assertThat(account.status()).isEqualTo(Account.Status.ACTIVE);
			assertThat(this.built).hasPositiveValue();
			assertThat(this.server.takeRequest().basicCredentials())
				.isEqualTo(StubTwilioServer.ACCOUNT_SID + ":" + StubTwilioServer.AUTH_TOKEN);
		});
	}

	@ParameterizedTest
	@EnumSource(Kind.class)
	void credentialsDoNotFollowARedirectToAnotherHost(Kind kind) {
		String elsewhere = this.otherHost.baseUrl() + "/elsewhere.json";
		this.server.enqueue(Response.json(302, "{}").header("Location", elsewhere));
		this.otherHost.enqueue(Response.json(200, ACCOUNT_JSON));
		withBuilderOf(kind).run((context) -> {
			assertThat(context).hasNotFailed();
			// Jetty's client and HttpURLConnection follow it, the others answer with it
			context.getBean(TwilioClient.class).accounts().fetch();
			assertThat(this.server.requestCount()).isOne();
			assertThat(this.otherHost.requests())
				.allSatisfy((request) -> assertThat(request.header("Authorization")).isNull());
		});
	}

	@ParameterizedTest
	@EnumSource(Kind.class)
	void downloadReachesTheFileWithoutCredentials(Kind kind) {
		String link = this.otherHost.baseUrl() + "/RE1.mp3?Signature=abc";
		this.server.enqueue(Response.empty(307).header("Location", link));
		this.otherHost.enqueue(Response.bytes(200, "audio/mpeg", new byte[] { (byte) 0xFF, (byte) 0xFB }));
		withBuilderOf(kind).run((context) -> {
			assertThat(context).hasNotFailed();
			byte[] recording = context.getBean(TwilioClient.class)
				.execute(TwilioRequest.get(TwilioDomain.API, "/2010-04-01/Accounts/{AccountSid}/Recordings/{Sid}.mp3")
					.pathVariable("Sid", "RE1")
					.build(), byte[].class);
			assertThat(recording).containsExactly(0xFF, 0xFB);
			assertThat(this.server.requestCount()).isOne();
			RecordedRequest download = this.otherHost.takeRequest();
			assertThat(download.header("Authorization")).isNull();
		});
	}

	@Test
	void jdkClientThatFollowsRedirectsIsRefusedAsItWouldSendTheCredentialsAlong() {
		HttpClient following = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
		ClientHttpRequestFactoryBuilder<?> builder = ClientHttpRequestFactoryBuilder
			.of(() -> new JdkClientHttpRequestFactory(following));
		this.contextRunner.withBean("userRequestFactoryBuilder", ClientHttpRequestFactoryBuilder.class, () -> builder)
			.run((context) -> {
				assertThat(context).hasFailed();
				assertThat(context.getStartupFailure()).rootCause()
					.isInstanceOf(InvalidTwilioConfigurationException.class)
					.hasMessageContaining("follows redirects (NORMAL)")
					.hasMessageNotContaining(StubTwilioServer.AUTH_TOKEN)
					.satisfies((ex) -> assertThat(((InvalidTwilioConfigurationException) ex).getAction())
						.contains("followRedirects(HttpClient.Redirect.NEVER)"));
			});
	}

	@Test
	void jdkClientThatFollowsRedirectsIsRefusedInsideAWrappingRequestFactory() {
		HttpClient following = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.ALWAYS).build();
		ClientHttpRequestFactoryBuilder<?> builder = ClientHttpRequestFactoryBuilder
			.of(() -> new BufferingClientHttpRequestFactory(new JdkClientHttpRequestFactory(following)));
		this.contextRunner.withBean("userRequestFactoryBuilder", ClientHttpRequestFactoryBuilder.class, () -> builder)
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.isInstanceOf(InvalidTwilioConfigurationException.class)
				.hasMessageContaining("follows redirects (ALWAYS)"));
	}

	@Test
	void springBootJdkBuilderWhoseHttpClientCustomizerFollowsRedirectsIsRefused() {
		ClientHttpRequestFactoryBuilder<?> builder = ClientHttpRequestFactoryBuilder.jdk()
			.withHttpClientCustomizer((httpClient) -> httpClient.followRedirects(HttpClient.Redirect.ALWAYS));
		this.contextRunner.withBean("userRequestFactoryBuilder", ClientHttpRequestFactoryBuilder.class, () -> builder)
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.isInstanceOf(InvalidTwilioConfigurationException.class)
				.hasMessageContaining("follows redirects (ALWAYS)")
				.hasMessageNotContaining(StubTwilioServer.AUTH_TOKEN));
	}

	@Test
	void springBootJdkBuilderCustomizedToFollowRedirectsIsRefused() {
		ClientHttpRequestFactoryBuilderCustomizer<JdkClientHttpRequestFactoryBuilder> customizer = (
				builder) -> builder
					.withHttpClientCustomizer((httpClient) -> httpClient.followRedirects(HttpClient.Redirect.NORMAL));
		this.contextRunner.withPropertyValues("spring.http.clients.imperative.factory=jdk")
			.withBean(ClientHttpRequestFactoryBuilderCustomizer.class, () -> customizer)
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.isInstanceOf(InvalidTwilioConfigurationException.class)
				.hasMessageContaining("follows redirects (NORMAL)"));
	}

	@Test
	void springBootJdkBuilderKeepsTheCredentialsFromARedirectToAnotherHost() {
		String elsewhere = this.otherHost.baseUrl() + "/elsewhere.json";
		this.server.enqueue(Response.json(302, "{}").header("Location", elsewhere));
		this.otherHost.enqueue(Response.json(200, ACCOUNT_JSON));
		this.contextRunner.withPropertyValues("spring.http.clients.imperative.factory=jdk").run((context) -> {
			assertThat(context).hasNotFailed();
			try {
				context.getBean(TwilioClient.class).accounts().fetch();
			}
			catch (RuntimeException ex) {
				// The redirect is an answer the client does not follow with credentials
			}
			assertThat(this.otherHost.requests())
				.allSatisfy((request) -> assertThat(request.header("Authorization")).isNull());
		});
	}

	/**
	 * Jetty's client fails a 401 without a {@code WWW-Authenticate} header, which Twilio
	 * always sends but a stub or a proxy in front of it may not, as a protocol violation.
	 */
	@Test
	void springBootJettyBuilderGivesTwilioErrorForA401WithoutAChallengeAndDoesNotRetryIt() {
		this.server.enqueue(Response.json(401, "{\"code\": 20003, \"message\": \"Authenticate\"}"));
		this.contextRunner.withPropertyValues("spring.http.clients.imperative.factory=jetty").run((context) -> {
			assertThat(context).hasNotFailed();
			TwilioClient client = context.getBean(TwilioClient.class);
			assertThatExceptionOfType(TwilioApiException.class).isThrownBy(() -> client.accounts().fetch())
				.satisfies((ex) -> {
					assertThat(ex.getStatusCode()).isEqualTo(401);
					assertThat(ex.getCode()).isEqualTo(20003);
				})
				.withMessageNotContaining(StubTwilioServer.AUTH_TOKEN);
			assertThat(this.server.requestCount()).isOne();
		});
	}

	@Test
	void springBootJettyBuilderWhoseHttpClientFollowsRedirectsKeepsTheCredentials() {
		ClientHttpRequestFactoryBuilder<?> builder = ClientHttpRequestFactoryBuilder.jetty()
			.withHttpClientCustomizer((httpClient) -> httpClient.setFollowRedirects(true));
		assertCredentialsStayWithTwilio(builder);
	}

	@Test
	void springBootReactorBuilderWhoseHttpClientFollowsRedirectsKeepsTheCredentials() {
		ClientHttpRequestFactoryBuilder<?> builder = ClientHttpRequestFactoryBuilder.reactor()
			.withHttpClientCustomizer((httpClient) -> httpClient.followRedirect(true));
		assertCredentialsStayWithTwilio(builder);
	}

	@Test
	void springBootApacheBuilderWhoseHttpClientFollowsRedirectsKeepsTheCredentials() {
		ClientHttpRequestFactoryBuilder<?> builder = ClientHttpRequestFactoryBuilder.httpComponents()
			.withHttpClientCustomizer((httpClient) -> httpClient
				.setRedirectStrategy(org.apache.hc.client5.http.impl.DefaultRedirectStrategy.INSTANCE));
		assertCredentialsStayWithTwilio(builder);
	}

	private void assertCredentialsStayWithTwilio(ClientHttpRequestFactoryBuilder<?> builder) {
		String elsewhere = this.otherHost.baseUrl() + "/elsewhere.json";
		this.server.enqueue(Response.json(302, "{}").header("Location", elsewhere));
		this.otherHost.enqueue(Response.json(200, ACCOUNT_JSON));
		this.contextRunner.withBean("userRequestFactoryBuilder", ClientHttpRequestFactoryBuilder.class, () -> builder)
			.run((context) -> {
				assertThat(context).hasNotFailed();
				try {
					context.getBean(TwilioClient.class).accounts().fetch();
				}
				catch (RuntimeException ex) {
					// Answered with the redirect, which the client does not follow with credentials
				}
				assertThat(this.otherHost.requests())
					.allSatisfy((request) -> assertThat(request.header("Authorization")).isNull());
			});
	}

	@Test
	void builderWithACustomizerOfItsOwnIsAskedForWhatItCanSet() {
		this.server.enqueue(Response.json(200, ACCOUNT_JSON));
		AtomicInteger customized = new AtomicInteger();
		ClientHttpRequestFactoryBuilder<?> builder = ClientHttpRequestFactoryBuilder
			.of(SimpleClientHttpRequestFactory::new)
			.withCustomizer((requestFactory) -> customized.incrementAndGet());
		this.contextRunner.withBean("userRequestFactoryBuilder", ClientHttpRequestFactoryBuilder.class, () -> builder)
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context.getBean(TwilioClient.class).accounts().fetch().status())
					.isEqualTo(Account.Status.ACTIVE);
				assertThat(customized).hasPositiveValue();
			});
	}

	@Test
	void timeoutsThatTheRequestFactoryRefusesAreLeftToItsHttpClient(CapturedOutput output) {
		this.server.enqueue(Response.json(200, ACCOUNT_JSON));
		withBuilderOf(Kind.JDK).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(TwilioClient.class).accounts().fetch().status())
				.isEqualTo(Account.Status.ACTIVE);
			assertThat(output).contains("twilio.connect-timeout and twilio.read-timeout do not apply")
				.contains("JdkClientHttpRequestFactory does not have a suitable setConnectTimeout method");
		});
	}

	/**
	 * A context with a request factory builder bean of the application's own, which
	 * creates a request factory of the given kind.
	 */
	private ApplicationContextRunner withBuilderOf(Kind kind) {
		Supplier<ClientHttpRequestFactory> requestFactory = () -> {
			this.built.incrementAndGet();
			return kind.create(this.clients);
		};
		return this.contextRunner.withBean("userRequestFactoryBuilder", ClientHttpRequestFactoryBuilder.class,
				() -> ClientHttpRequestFactoryBuilder.of(requestFactory));
	}

	/**
	 * The kinds of request factory an application may supply to
	 * {@link ClientHttpRequestFactoryBuilder#of(Supplier)}, each with its HTTP client's
	 * default redirect policy: all but the JDK's follow redirects.
	 */
	enum Kind {

		JETTY {
			@Override
			ClientHttpRequestFactory create(List<AutoCloseable> clients) {
				org.eclipse.jetty.client.HttpClient client = new org.eclipse.jetty.client.HttpClient();
				clients.add(client::stop);
				return new JettyClientHttpRequestFactory(client);
			}
		},

		JDK {
			@Override
			ClientHttpRequestFactory create(List<AutoCloseable> clients) {
				return new JdkClientHttpRequestFactory(HttpClient.newHttpClient());
			}
		},

		SIMPLE {
			@Override
			ClientHttpRequestFactory create(List<AutoCloseable> clients) {
				return new SimpleClientHttpRequestFactory();
			}
		},

		APACHE {
			@Override
			ClientHttpRequestFactory create(List<AutoCloseable> clients) {
				CloseableHttpClient client = HttpClients.createDefault();
				clients.add(client);
				return new HttpComponentsClientHttpRequestFactory(client);
			}
		};

		abstract ClientHttpRequestFactory create(List<AutoCloseable> clients);

	}

}
